import { describe, expect, it } from 'vitest'
import { setupSteps } from './setup'

describe('the admin setup checklist', () => {
  it('is done step by step: a live key, a default project, a second member or an invitation', () => {
    const fresh = { liveKey: false, defaultProjectId: false, teamSize: 1, pendingInvitations: 0 }
    expect(setupSteps(fresh).filter((step) => step.done)).toEqual([])
    const invited = setupSteps({ ...fresh, pendingInvitations: 1, defaultProjectId: true })
    expect(invited.filter((step) => !step.done).map((step) => step.id)).toEqual(['key'])
    const all = setupSteps({
      liveKey: true,
      defaultProjectId: true,
      teamSize: 3,
      pendingInvitations: 0,
    })
    expect(all.every((step) => step.done)).toBe(true)
  })
})
