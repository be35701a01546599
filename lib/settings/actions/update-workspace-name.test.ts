import { describe, expect, it } from 'vitest'
import { updateWorkspaceNameAction } from './update-workspace-name'

// Called directly, as a request that skipped the browser would: the same schema answers, keyed by field.
describe('updateWorkspaceNameAction', () => {
  it('returns the field error for a bad name without reaching the database', async () => {
    const result = await updateWorkspaceNameAction({ name: 'x' })
    expect(result.data).toBeUndefined()
    expect(result.validationErrors?.name?._errors).toEqual([
      'Enter a workspace name of at least 2 characters.',
    ])
  })
})
