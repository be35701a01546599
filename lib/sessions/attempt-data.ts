import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/sqlite/client'
import type { CreateSessionResult } from '@/lib/salesnip/client-result'
import type { AttemptStatus } from './status'

// What each call to SaleSnip came to: stored on the session and its attempt row.

const RESPONSE_CAP = 10_000

/** Stores what SaleSnip answered, on the session and its attempt, in one transaction. */
export async function finishAttempt(input: {
  sessionId: string
  attemptId: string
  result: CreateSessionResult
  responseText: string | null
  status: Exclude<AttemptStatus, 'pending'>
  durationMs: number
  /** With SaleSnip's id in it once there is one. */
  searchText: string
  draft?: { id: string; ownerId: string }
  /** The failed or unknown attempt this one knowingly makes again (see replacesSessionId). */
  replaces?: string
}): Promise<void> {
  const { result } = input
  const created = result.kind === 'created'
  // One batch, no JavaScript between its statements: the write lock is held for as little as can be.
  // Only the statements this outcome needs (each costs a round trip through the client).
  // Two flat updates, not one nested in the other: a nested update reads the attempt back to check
  // that it is the session's, and then the session, two more statements in the transaction.
  const writes: Prisma.PrismaPromise<{ count: number }>[] = [
    db.salesnipSession.updateMany({
      where: { id: input.sessionId },
      data: {
        status: input.status,
        salesnipId: created ? result.session.id : null,
        url: created ? result.session.url : null,
        responseBody: input.responseText?.slice(0, RESPONSE_CAP) ?? null,
        errorCode: created ? null : result.kind,
        errorMessage: created ? null : result.message,
        searchText: input.searchText,
        // A new session is due for its first read-back at once (lib/outcomes/schedule.ts).
        lastActivityAt: new Date(),
        nextReadAt: created ? new Date() : null,
      },
    }),
    db.salesnipAttempt.updateMany({
      where: { id: input.attemptId, sessionId: input.sessionId },
      data: {
        outcome: result.kind,
        httpStatus: 'status' in result ? result.status : null,
        message: created ? '' : result.message,
        durationMs: Math.round(input.durationMs),
        finishedAt: new Date(),
      },
    }),
  ]
  // Created, it replaces the failed or unknown attempt it was made again from: one deal, one row.
  if (created && input.replaces && input.replaces !== input.sessionId) {
    writes.push(
      db.salesnipSession.updateMany({
        where: { id: input.replaces, status: { in: ['failed', 'unknown'] }, replacedById: null },
        data: { replacedById: input.sessionId },
      }),
    )
  }
  // A created session's draft has done its work.
  if (created && input.draft?.id) {
    writes.push(
      db.draft.deleteMany({ where: { id: input.draft.id, ownerId: input.draft.ownerId } }),
    )
  }
  const [session, attempt] = await db.$transaction(writes)
  // As a nested update would have: a claimed row that vanished mid-call is an error, never a result.
  if (session!.count !== 1 || attempt!.count !== 1)
    throw new Error(`session ${input.sessionId} or its attempt vanished while SaleSnip was called`)
}

/** A pending row whose caller went away (a stopped instance) becomes "unknown outcome". */
export async function markStalePending(sessionId: string, olderThan: Date): Promise<boolean> {
  const { count } = await db.salesnipSession.updateMany({
    where: { id: sessionId, status: 'pending', updatedAt: { lt: olderThan } },
    data: {
      status: 'unknown',
      errorCode: 'abandoned',
      errorMessage: ABANDONED_MESSAGE,
    },
  })
  return count > 0
}

/**
 * Every pending create whose caller went away (its instance stopped mid-call) becomes "unknown
 * outcome", with its open attempt: SaleSnip may have made it. Returns how many were settled.
 */
export async function settleAbandonedPending(olderThan: Date): Promise<number> {
  const abandoned = await db.salesnipSession.findMany({
    where: { status: 'pending', updatedAt: { lt: olderThan } },
    select: { id: true },
    take: 500,
  })
  if (abandoned.length === 0) return 0
  const ids = abandoned.map((row) => row.id)
  const [sessions] = await db.$transaction([
    db.salesnipSession.updateMany({
      where: { id: { in: ids }, status: 'pending', updatedAt: { lt: olderThan } },
      data: { status: 'unknown', errorCode: 'abandoned', errorMessage: ABANDONED_MESSAGE },
    }),
    db.salesnipAttempt.updateMany({
      where: { sessionId: { in: ids }, outcome: 'pending' },
      data: { outcome: 'abandoned', message: ABANDONED_MESSAGE, finishedAt: new Date() },
    }),
  ])
  return sessions.count
}

const ABANDONED_MESSAGE = 'The create stopped before SaleSnip answered.'
