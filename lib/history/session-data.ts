import 'server-only'
import { db } from '@/lib/db/client'
import type { ProductOutcome } from '@/lib/outcomes/summary'
import { rowSelect, toHistoryRow, type Row } from './row'

// One session of the history, read alone: as the API and the webhooks show it, and in full for its
// page.

/** A row read alone, with its rep's name joined. */
const withRepName = (row: Row & { createdBy: { name: string } }) =>
  toHistoryRow(row, new Map([[row.createdById, row.createdBy.name]]))

/** A session as the API and the webhooks show it: one query, no attempts. */
export async function getSessionSnapshot(id: string) {
  const row = await db.salesnipSession.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      createdBy: { select: { name: true } },
      openCount: true,
      firstOpenedAt: true,
      outcome: true,
      outcomeReadAt: true,
    },
  })
  if (!row) return null
  return {
    ...withRepName(row),
    opens: { count: row.openCount, first: row.firstOpenedAt },
    outcome: row.outcome ? (JSON.parse(row.outcome) as ProductOutcome[]) : null,
    outcomeReadAt: row.outcomeReadAt,
  }
}
export type SessionSnapshot = NonNullable<Awaited<ReturnType<typeof getSessionSnapshot>>>

/** Everything stored about one session, with its attempts. */
export async function getSessionDetail(id: string) {
  const row = await db.salesnipSession.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      idempotencyKey: true,
      projectId: true,
      responseBody: true,
      payload: { select: { requestBody: true, templateVersions: true } },
      overrides: true,
      errorCode: true,
      errorMessage: true,
      outcome: true,
      outcomeReadAt: true,
      replacedById: true,
      relayed: true,
      successUrl: true,
      cancelUrl: true,
      openCount: true,
      firstOpenedAt: true,
      createdBy: { select: { name: true, email: true } },
      attempts: {
        orderBy: { startedAt: 'asc' },
        select: {
          id: true,
          outcome: true,
          httpStatus: true,
          message: true,
          durationMs: true,
          startedAt: true,
        },
      },
    },
  })
  if (!row) return null
  // The earlier failed or unknown attempts this session was made in place of.
  const replaces = await db.salesnipSession.findMany({
    where: { replacedById: id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, status: true, createdAt: true },
  })
  return {
    ...withRepName(row),
    replaces,
    createdById: row.createdById,
    repEmail: row.createdBy.email,
    projectId: row.projectId,
    requestBody: row.payload?.requestBody ?? '',
    responseBody: row.responseBody,
    templateVersions: JSON.parse(row.payload?.templateVersions ?? '[]') as {
      templateId: string
      productId: string
      version: number
    }[],
    overrides: JSON.parse(row.overrides) as {
      path: string
      templateName: string
      templateFloorMinor: number
      floorMinor: number
      byName: string
    }[],
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    outcome: row.outcome ? (JSON.parse(row.outcome) as ProductOutcome[]) : null,
    outcomeReadAt: row.outcomeReadAt,
    replacedById: row.replacedById,
    relayed: row.relayed,
    destinations: { success: row.successUrl, cancel: row.cancelUrl },
    opens: { count: row.openCount, first: row.firstOpenedAt },
    attempts: row.attempts,
  }
}
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSessionDetail>>>
