import 'server-only'
import type { Member } from '@/lib/auth/current-member'
import type { Connection } from '@/lib/settings/connection-data'
import { findByKey, type KeyRow } from './key-claim-data'
import { markStalePending } from './attempt-data'
import { IN_PROGRESS_MESSAGE, limited, UNKNOWN_MESSAGE, type CreateResult } from './create-result'
import { CREATE_LIMIT } from './create-limit'
import { wasCreated } from './status'

export const SOMEONE_ELSES = {
  path: 'root',
  message: 'This form was sent by someone else. Reload the page.',
}

/** The answer for a key someone else holds: wait while it is pending, then report its outcome. */
export async function settle(
  first: KeyRow,
  member: Member,
  waitMs: number,
  connection: Connection,
): Promise<CreateResult> {
  if (first.createdById !== member.id) return { kind: 'invalid', issues: [SOMEONE_ELSES] }
  const deadline = Date.now() + waitMs
  let row: KeyRow | null = first
  while (true) {
    // Gone: its caller was over the rate limit and gave the key back.
    if (!row) return limited(CREATE_LIMIT.perMinute, 60)
    if (wasCreated(row.status) && row.salesnipId && row.url) {
      return {
        kind: 'created',
        replay: true,
        session: {
          id: row.id,
          salesnipId: row.salesnipId,
          url: row.shortUrl ?? row.url,
          currency: row.currency,
          openingTotalMinor: row.openingTotalMinor,
        },
      }
    }
    if (row.status === 'unknown')
      return {
        kind: 'unknown',
        message: `${row.errorMessage ?? ''} ${UNKNOWN_MESSAGE}`.trim(),
        sessionId: row.id,
      }
    if (row.status === 'failed') {
      return {
        kind: 'failed',
        code: row.errorCode ?? 'failed',
        message: row.errorMessage ?? 'The create failed.',
        issues: [],
        sessionId: row.id,
      }
    }
    // Pending. A caller that stopped mid-call (its instance went down) leaves it pending for good.
    const abandonedBefore = new Date(Date.now() - connection.timeoutMs - 30_000)
    if (row.updatedAt < abandonedBefore && (await markStalePending(row.id, abandonedBefore))) {
      row = await findByKey(first.idempotencyKey)
      continue
    }
    if (Date.now() >= deadline) return { kind: 'in-progress', message: IN_PROGRESS_MESSAGE }
    await new Promise((resolve) => setTimeout(resolve, 100))
    row = await findByKey(first.idempotencyKey)
  }
}
