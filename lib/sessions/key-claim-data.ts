import 'server-only'
import { randomUUID } from 'node:crypto'
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
  shortUrl: true,
  currency: true,
  openingTotalMinor: true,
  errorCode: true,
  errorMessage: true,
  updatedAt: true,
  createdAt: true,
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
  /** SaleSnip's callbacks are the console's relay; the rep's addresses are where it sends on. */
  relayed: boolean
  successUrl: string | null
  cancelUrl: string | null
  /** The console's short link, when the workspace shares those. */
  linkCode: string | null
  shortUrl: string | null
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
    overrides: pending.overrides,
    searchText: pending.searchText,
    relayed: pending.relayed,
    successUrl: pending.successUrl,
    cancelUrl: pending.cancelUrl,
    linkCode: pending.linkCode,
    shortUrl: pending.shortUrl,
    lastActivityAt: new Date(),
  }
}

/** What the session was made of, in its own row (see SalesnipSessionPayload in the model). */
function payloadColumns(pending: PendingSession) {
  return {
    requestBody: pending.requestBody,
    composition: pending.composition,
    templateVersions: pending.templateVersions,
  }
}

/**
 * Inserts the pending row with its payload and first attempt, in one statement (a nested write:
 * atomic, and no lock is held while JavaScript waits between queries). Null when another caller
 * holds the key.
 */
export async function claimNewKey(
  pending: PendingSession,
): Promise<{ sessionId: string; attemptId: string } | null> {
  try {
    const createdAt = new Date()
    // The attempt's id is chosen here, so the insert need not read the attempt back.
    const attemptId = randomUUID()
    const session = await db.salesnipSession.create({
      data: {
        createdAt,
        idempotencyKey: pending.idempotencyKey,
        status: 'pending',
        ...compositionColumns(pending),
        createdById: pending.createdById,
        templates: {
          create: pending.templateIds.map((templateId) => ({ templateId, createdAt })),
        },
        payload: { create: payloadColumns(pending) },
        attempts: { create: { id: attemptId, outcome: 'pending' } },
      },
      select: { id: true },
    })
    return { sessionId: session.id, attemptId }
  } catch (error) {
    // The unique key: someone inserted it first (their row is there now). Anything else is real.
    if (await findByKey(pending.idempotencyKey)) return null
    throw error
  }
}

/**
 * Moves a failed row back to pending for one more attempt, in one statement: only while it is
 * still failed (of two callers, one wins). Null when another caller won it.
 */
export async function claimFailedKey(
  prior: Pick<KeyRow, 'id' | 'createdAt'>,
  pending: PendingSession,
): Promise<{ sessionId: string; attemptId: string } | null> {
  const sessionId = prior.id
  const attemptId = randomUUID()
  try {
    await db.salesnipSession.update({
      where: { id: sessionId, status: 'failed' },
      data: {
        status: 'pending',
        errorCode: null,
        errorMessage: null,
        ...compositionColumns(pending),
        payload: {
          upsert: { create: payloadColumns(pending), update: payloadColumns(pending) },
        },
        templates: {
          deleteMany: {},
          create: pending.templateIds.map((templateId) => ({
            templateId,
            createdAt: prior.createdAt,
          })),
        },
        attempts: { create: { id: attemptId, outcome: 'pending' } },
      },
      select: { id: true },
    })
    return { sessionId, attemptId }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025'

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
