import 'server-only'
import { createHash, randomUUID } from 'node:crypto'
import type { z } from '@/lib/zod'
import { composeFormSchema, type ComposeForm } from '@/lib/compose/schema'
import type { FormIssue } from '@/lib/compose/evaluate'
import { apiCreateSessionSchema } from './api-schemas'

// An API composition becomes the composer's own form: the same schema checks it (so the issues
// carry the same paths), and the same create path sends it.

const KEY = /^[\x21-\x7e]{1,255}$/

export type FormOrIssues = { form: ComposeForm } | { issues: FormIssue[] }

const issuesOf = (error: z.ZodError): FormIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : 'root',
    message: issue.message,
  }))

/**
 * The form for a body and its Idempotency-Key. A CRM's key (any printable text up to 255
 * characters) becomes the form's UUID, scoped to the member: two members' equal keys never meet.
 */
export function formFromApi(body: unknown, key: string | null, memberId: string): FormOrIssues {
  if (key !== null && !KEY.test(key))
    return {
      issues: [{ path: 'Idempotency-Key', message: 'Use 1 to 255 printable ASCII characters.' }],
    }
  const fields = apiCreateSessionSchema.safeParse(body)
  if (!fields.success) return { issues: issuesOf(fields.error) }
  const form = composeFormSchema.safeParse({
    ...fields.data,
    idempotencyKey: key === null ? randomUUID() : uuidOf(`api:${memberId}:${key}`),
    draftId: '',
    dismissedCrossSellIds: [],
    replacesSessionId: '',
  })
  return form.success ? { form: form.data } : { issues: issuesOf(form.error) }
}

/** A UUID (version 8: custom) made from text, so the same key always names the same create. */
function uuidOf(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 32).split('')
  hex[12] = '8'
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}
