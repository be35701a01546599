import { describe, expect, it } from 'vitest'
import { draftFormSchema } from './draft-schema'
import { emptyComposeForm } from './schema'

const empty = () => ({
  ...emptyComposeForm({
    idempotencyKey: crypto.randomUUID(),
    projectId: '',
    currency: 'USD',
    successUrl: '',
    cancelUrl: '',
  }),
  title: 'Draft',
})

describe('the draft schema, derived from the compose schema', () => {
  it('keeps a half-typed composition the compose schema would refuse', () => {
    const draft = { ...empty(), buyer: { name: '', email: 'ana@', company: '', dealReference: '' } }
    expect(draftFormSchema.safeParse(draft).success).toBe(true)
  })

  it('refuses another shape, an unknown currency and oversized text', () => {
    expect(draftFormSchema.safeParse({ ...empty(), lines: 'nope' }).success).toBe(false)
    expect(draftFormSchema.safeParse({ ...empty(), currency: 'XXX1' }).success).toBe(false)
    expect(draftFormSchema.safeParse({ ...empty(), projectId: 'x'.repeat(5_000) }).success).toBe(
      false,
    )
  })
})
