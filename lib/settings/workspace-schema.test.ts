import { describe, expect, it } from 'vitest'
import { workspaceNameSchema } from './workspace-schema'

describe('workspaceNameSchema', () => {
  it('trims the name', () => {
    expect(workspaceNameSchema.parse({ name: '  Acme  ' })).toEqual({ name: 'Acme' })
  })

  it('accepts 2 to 60 characters and refuses the rest', () => {
    expect(workspaceNameSchema.safeParse({ name: 'ab' }).success).toBe(true)
    expect(workspaceNameSchema.safeParse({ name: 'a'.repeat(60) }).success).toBe(true)
    expect(workspaceNameSchema.safeParse({ name: 'a' }).success).toBe(false)
    expect(workspaceNameSchema.safeParse({ name: '   ' }).success).toBe(false)
    expect(workspaceNameSchema.safeParse({ name: 'a'.repeat(61) }).success).toBe(false)
  })
})
