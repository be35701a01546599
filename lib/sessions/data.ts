import 'server-only'
import { db } from '@/lib/db/client'
import type { Failure } from '@/lib/salesnip/client-result'
import type { CreateSessionResponse } from '@/lib/salesnip/schemas'

// The create attempts' rows: one SalesnipSession per idempotency key, one SalesnipAttempt per call
// to SaleSnip. Claiming a key is what keeps a session from being created twice: only the caller
// that inserted the pending row (or moved a failed one back to pending) may call SaleSnip.

export type AttemptStatus = 'pending' | 'created' | 'failed' | 'unknown'
export type SessionStatus = AttemptStatus | 'active' | 'complete'
/** A session SaleSnip created: its negotiation then reads as active, and complete once accepted. */
export const CREATED_STATUSES = ['created', 'active', 'complete'] as const

export function wasCreated(status: string): boolean {
  return (CREATED_STATUSES as readonly string[]).includes(status)
}

export const keyRowSelect = {
  id: true,
  idempotencyKey: true,
  status: true,
  createdById: true,
  salesnipId: true,
  url: true,
  currency: true,
  openingTotalMinor: true,
  errorCode: true,
  errorMessage: true,
  updatedAt: true,
} as const

export type KeyRow = {
  id: string
  idempotencyKey: string
  status: SessionStatus
  createdById: string
  salesnipId: string | null
  url: string | null
  currency: string
  openingTotalMinor: number
  errorCode: string | null
  errorMessage: string | null
  updatedAt: Date
}

export type PendingSession = {
  idempotencyKey: string
  projectId: string
  currency: string
  openingTotalMinor: number
  buyer: { name: string; email: string; company: string; dealReference: string }
  productNames: string[]
  requestBody: string
  composition: string
  templateVersions: string
  overrides: string
  searchText: string
  createdById: string
  templateIds: string[]
}

export async function findByKey(idempotencyKey: string): Promise<KeyRow | null> {
  const row = await db.salesnipSession.findUnique({
    where: { idempotencyKey },
    select: keyRowSelect,
  })
  return row && toKeyRow(row)
}

/** The columns a composition sets, on a new key's row or on a failed row tried again. */
function compositionColumns(pending: PendingSession) {
  return {
    projectId: pending.projectId,
    currency: pending.currency,
    openingTotalMinor: BigInt(pending.openingTotalMinor),
    buyerName: pending.buyer.name,
    buyerEmail: pending.buyer.email,
    buyerCompany: pending.buyer.company,
    dealReference: pending.buyer.dealReference,
    productNames: JSON.stringify(pending.productNames),
    productCount: pending.productNames.length,
    requestBody: pending.requestBody,
    composition: pending.composition,
    templateVersions: pending.templateVersions,
    overrides: pending.overrides,
    searchText: pending.searchText,
  }
}

/** Inserts the pending row and its first attempt; null when another caller holds the key already. */
export async function claimNewKey(
  pending: PendingSession,
): Promise<{ sessionId: string; attemptId: string } | null> {
  try {
    const createdAt = new Date()
    return await db.$transaction(async (tx) => {
      const session = await tx.salesnipSession.create({
        data: {
          createdAt,
          idempotencyKey: pending.idempotencyKey,
          status: 'pending',
          ...compositionColumns(pending),
          createdById: pending.createdById,
          templates: {
            create: pending.templateIds.map((templateId) => ({ templateId, createdAt })),
          },
        },
        select: { id: true },
      })
      const attempt = await tx.salesnipAttempt.create({
        data: { sessionId: session.id, outcome: 'pending' },
        select: { id: true },
      })
      return { sessionId: session.id, attemptId: attempt.id }
    })
  } catch (error) {
    // The unique key: someone inserted it first (their row is there now). Anything else is real.
    if (await findByKey(pending.idempotencyKey)) return null
    throw error
  }
}

/** Moves a failed row back to pending for one more attempt; null when another caller won it. */
export async function claimFailedKey(
  sessionId: string,
  pending: PendingSession,
): Promise<{ sessionId: string; attemptId: string } | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.salesnipSession.updateMany({
      where: { id: sessionId, status: 'failed' },
      data: {
        status: 'pending',
        errorCode: null,
        errorMessage: null,
        ...compositionColumns(pending),
      },
    })
    if (count === 0) return null
    const { createdAt } = await tx.salesnipSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { createdAt: true },
    })
    await tx.salesnipSessionTemplate.deleteMany({ where: { sessionId } })
    await tx.salesnipSessionTemplate.createMany({
      data: pending.templateIds.map((templateId) => ({ sessionId, templateId, createdAt })),
    })
    const attempt = await tx.salesnipAttempt.create({
      data: { sessionId, outcome: 'pending' },
      select: { id: true },
    })
    return { sessionId, attemptId: attempt.id }
  })
}

export type AttemptResult =
  { kind: 'created'; status: 201; session: CreateSessionResponse } | Failure

const RESPONSE_CAP = 10_000

/** Stores what SaleSnip answered, on the session and its attempt, in one transaction. */
export async function finishAttempt(input: {
  sessionId: string
  attemptId: string
  result: AttemptResult
  responseText: string | null
  status: Exclude<AttemptStatus, 'pending'>
  durationMs: number
  /** With SaleSnip's id in it once there is one. */
  searchText: string
  draft?: { id: string; ownerId: string }
}): Promise<void> {
  const { result } = input
  const created = result.kind === 'created'
  await db.$transaction(async (tx) => {
    await tx.salesnipSession.update({
      where: { id: input.sessionId },
      data: {
        status: input.status,
        salesnipId: created ? result.session.id : null,
        url: created ? result.session.url : null,
        responseBody: input.responseText?.slice(0, RESPONSE_CAP) ?? null,
        errorCode: created ? null : result.kind,
        errorMessage: created ? null : result.message,
        searchText: input.searchText,
      },
    })
    await tx.salesnipAttempt.update({
      where: { id: input.attemptId },
      data: {
        outcome: result.kind,
        httpStatus: 'status' in result ? result.status : null,
        message: created ? '' : result.message,
        durationMs: Math.round(input.durationMs),
        finishedAt: new Date(),
      },
    })
    // A created session's draft has done its work.
    if (created && input.draft?.id) {
      await tx.draft.deleteMany({ where: { id: input.draft.id, ownerId: input.draft.ownerId } })
    }
  })
}

/** Undoes a claim that may not go ahead: a new key's row goes away, a retried one is failed again. */
export async function releaseClaim(sessionId: string, wasRetry: boolean): Promise<void> {
  if (!wasRetry) {
    await db.salesnipSession.delete({ where: { id: sessionId } })
    return
  }
  await db.$transaction([
    db.salesnipAttempt.deleteMany({ where: { sessionId, outcome: 'pending' } }),
    db.salesnipSession.update({
      where: { id: sessionId },
      data: { status: 'failed', errorCode: 'limited', errorMessage: 'Not sent: rate limit.' },
    }),
  ])
}

/** A pending row whose caller went away (a stopped instance) becomes "unknown outcome". */
export async function markStalePending(sessionId: string, olderThan: Date): Promise<boolean> {
  const { count } = await db.salesnipSession.updateMany({
    where: { id: sessionId, status: 'pending', updatedAt: { lt: olderThan } },
    data: {
      status: 'unknown',
      errorCode: 'abandoned',
      errorMessage: 'The create stopped before SaleSnip answered.',
    },
  })
  return count > 0
}

function toKeyRow(row: {
  id: string
  idempotencyKey: string
  status: string
  createdById: string
  salesnipId: string | null
  url: string | null
  currency: string
  openingTotalMinor: bigint
  errorCode: string | null
  errorMessage: string | null
  updatedAt: Date
}): KeyRow {
  return {
    ...row,
    status: row.status as SessionStatus,
    openingTotalMinor: Number(row.openingTotalMinor),
  }
}

/** What refreshing a session's outcome needs to know about it. */
export async function readForRefresh(sessionId: string) {
  return db.salesnipSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      salesnipId: true,
      currency: true,
      requestBody: true,
      templateVersions: true,
      outcomeReadAt: true,
    },
  })
}

/** Stores a negotiation's outcome as SaleSnip reported it, and which templates were accepted. */
export async function storeOutcome(input: {
  sessionId: string
  status: 'active' | 'complete'
  outcome: string
  agreedTotalMinor: number
  discountBp: number | null
  acceptedTemplateIds: string[]
}): Promise<void> {
  await db.$transaction([
    db.salesnipSession.updateMany({
      // Only a created session moves between active and complete.
      where: { id: input.sessionId, status: { in: [...CREATED_STATUSES] } },
      data: {
        status: input.status,
        outcomeStatus: input.status.toUpperCase(),
        outcome: input.outcome,
        outcomeReadAt: new Date(),
        agreedTotalMinor: BigInt(input.agreedTotalMinor),
        discountBp: input.discountBp,
      },
    }),
    db.salesnipSessionTemplate.updateMany({
      where: { sessionId: input.sessionId },
      data: { accepted: false },
    }),
    db.salesnipSessionTemplate.updateMany({
      where: { sessionId: input.sessionId, templateId: { in: input.acceptedTemplateIds } },
      data: { accepted: true },
    }),
  ])
}

/** Created sessions whose outcome is oldest (never read first), for the background refresh. */
export async function staleOutcomes(olderThan: Date, take: number): Promise<string[]> {
  const where = { status: { in: ['created', 'active'] } }
  const never = await db.salesnipSession.findMany({
    where: { ...where, outcomeReadAt: null },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true },
  })
  const old =
    never.length < take
      ? await db.salesnipSession.findMany({
          where: { ...where, outcomeReadAt: { lt: olderThan } },
          orderBy: { outcomeReadAt: 'asc' },
          take: take - never.length,
          select: { id: true },
        })
      : []
  return [...never, ...old].map((row) => row.id)
}
