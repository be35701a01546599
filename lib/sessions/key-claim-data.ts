import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/sqlite/client'
import type { SessionStatus } from './status'

// The create attempts' rows: one SalesnipSession per idempotency key, one SalesnipAttempt per call
// to SaleSnip. Claiming a key is what keeps a session from being created twice: only the caller
// that inserted the pending row (or moved a failed one back to pending) may call SaleSnip.

const keyRowSelect = {
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

type KeyRecord = Prisma.SalesnipSessionGetPayload<{ select: typeof keyRowSelect }>

/** A key's row as the create reads it: its status typed, its money a number. */
export type KeyRow = Omit<KeyRecord, 'status' | 'openingTotalMinor'> & {
  status: SessionStatus
  openingTotalMinor: number
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

function toKeyRow(row: KeyRecord): KeyRow {
  return {
    ...row,
    status: row.status as SessionStatus,
    openingTotalMinor: Number(row.openingTotalMinor),
  }
}
