import type { Failure } from '@/lib/salesnip/client-result'
import { formPathOf, type FormIssue } from '@/lib/compose/evaluate'

// What a create comes to, in words a rep reads: created (or replayed), refused before sending,
// limited, still in progress, failed, or of unknown outcome.

export type CreatedSession = {
  id: string
  salesnipId: string
  url: string
  currency: string
  openingTotalMinor: number
}

export type CreateResult =
  | { kind: 'invalid'; issues: FormIssue[] }
  | { kind: 'limited'; message: string; retryAfterSeconds: number }
  | { kind: 'created'; session: CreatedSession; replay: boolean }
  | { kind: 'in-progress'; message: string }
  | { kind: 'failed'; code: string; message: string; issues: FormIssue[]; sessionId: string }
  | { kind: 'unknown'; message: string; sessionId: string }

export const UNKNOWN_MESSAGE =
  'SaleSnip did not confirm the session. It may have been created anyway: check the history before trying again.'
export const IN_PROGRESS_MESSAGE =
  'This session is still being created. Its link will appear in the history in a moment.'

/** A timeout, or a success status with an unreadable answer: SaleSnip may have created it. */
export function mayHaveCreated(result: Failure): boolean {
  return result.kind === 'timeout' || (result.kind === 'malformed' && result.status < 300)
}

/** A failed call as the rep hears of it: "unknown" when SaleSnip may have created the session. */
export function failedResult(result: Failure, sessionId: string): CreateResult {
  if (mayHaveCreated(result))
    return { kind: 'unknown', message: `${result.message} ${UNKNOWN_MESSAGE}`, sessionId }
  return {
    kind: 'failed',
    code: result.kind,
    message: failureMessage(result),
    // SaleSnip's own field paths, on the form's fields.
    issues:
      result.kind === 'rejected'
        ? Object.entries(result.fieldErrors).map(([path, messages]) => ({
            path: formPathOf(path.split('.')),
            message: messages.join(' '),
          }))
        : [],
    sessionId,
  }
}

export function limited(limit: number, retryAfterSeconds: number): CreateResult {
  return {
    kind: 'limited',
    retryAfterSeconds,
    message: `You have created ${limit} sessions in the last minute. Try again in ${retryAfterSeconds} s.`,
  }
}

function failureMessage(result: {
  kind: string
  message: string
  retryAfterSeconds?: number | null
}) {
  if (result.kind === 'rate-limited' && result.retryAfterSeconds)
    return `${result.message} Try again in ${result.retryAfterSeconds} s.`
  if (result.kind === 'unauthorised')
    return `${result.message} An admin can check the key on the Settings page.`
  return result.message
}
