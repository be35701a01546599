import { describe, expect, it } from 'vitest'
import { sectionsFor } from './navigation'

const labels = (role: Parameters<typeof sectionsFor>[0]) => sectionsFor(role).map((s) => s.label)

describe('sectionsFor', () => {
  it('gives admins every section', () => {
    expect(labels('admin')).toEqual([
      'Compose',
      'History',
      'Activity',
      'Dashboard',
      'Templates',
      'Team',
      'Settings',
      'Audit log',
    ])
  })

  it('keeps team, settings and the audit log to admins', () => {
    expect(labels('manager')).toEqual(['Compose', 'History', 'Activity', 'Dashboard', 'Templates'])
    expect(labels('rep')).toEqual(['Compose', 'History', 'Activity', 'Dashboard', 'Templates'])
  })
})
