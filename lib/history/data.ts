import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/sqlite/client'
import { cursorOf, historyPageArgs } from './cursor'
import { searchIsIndexed, searchMatchChunks, searchMatches } from './search-data'
import { countTemplateCapped, findTemplatePage } from './template-data'
import { historyWhere, type HistoryQuery } from './query'
import type { ProductOutcome } from '@/lib/outcomes/summary'

// The team's shared history: every session and failed attempt, newest first, read a page at a time.

const rowSelect = {
  id: true,
  createdAt: true,
  status: true,
  buyerName: true,
  buyerEmail: true,
  buyerCompany: true,
  dealReference: true,
  productNames: true,
  productCount: true,
  currency: true,
  openingTotalMinor: true,
  agreedTotalMinor: true,
  discountBp: true,
  salesnipId: true,
  url: true,
  shortUrl: true,
  overrides: true,
  // The rep's name comes from repNames (one small query for a page or a whole export), not from a
  // relation Prisma would join for each row: the export reads a million rows.
  createdById: true,
} as const

export type HistoryRow = {
  id: string
  createdAt: Date
  status: string
  buyerName: string
  buyerEmail: string
  buyerCompany: string
  dealReference: string
  repName: string
  productNames: string[]
  productCount: number
  currency: string
  openingTotalMinor: number
  agreedTotalMinor: number | null
  discountBp: number | null
  salesnipId: string | null
  /** The link to send the buyer: the console's short link when there is one, else SaleSnip's. */
  url: string | null
  /** SaleSnip's own chat address. */
  salesnipUrl: string | null
  /** A floor went below its template's (a manager's override): flagged wherever the row shows. */
  belowFloor: boolean
}

type Row = Prisma.SalesnipSessionGetPayload<{ select: typeof rowSelect }>

function toHistoryRow(
  { createdById, overrides, shortUrl, ...row }: Row,
  names: Map<string, string>,
): HistoryRow {
  return {
    ...row,
    url: row.url && (shortUrl ?? row.url),
    salesnipUrl: row.url,
    belowFloor: overrides !== '[]',
    repName: names.get(createdById) ?? 'A former member',
    productNames: JSON.parse(row.productNames) as string[],
    openingTotalMinor: Number(row.openingTotalMinor),
    agreedTotalMinor: row.agreedTotalMinor === null ? null : Number(row.agreedTotalMinor),
  }
}

/**
 * Every member's name, read once per request: the home page lists two views, History one, and a
 * team is small. (A member added since is looked up by repNames.)
 */
const memberNamesForPage = cache(async () => {
  const members = await db.user.findMany({ select: { id: true, name: true } })
  return new Map(members.map((member) => [member.id, member.name]))
})

/** The names of the reps of these rows, added to `names` (which a whole export keeps). */
async function repNames(rows: Row[], names = new Map<string, string>()) {
  const missing = [...new Set(rows.map((row) => row.createdById))].filter((id) => !names.has(id))
  if (missing.length === 0) return names
  const members = await db.user.findMany({
    where: { id: { in: missing } },
    select: { id: true, name: true },
  })
  for (const member of members) names.set(member.id, member.name)
  return names
}

export type HistoryPage = { rows: HistoryRow[]; next: string | null; previous: string | null }

export async function listHistory(query: HistoryQuery, memberId: string): Promise<HistoryPage> {
  const { rows, take, backwards, field } = await findPage(
    query,
    memberId,
    await searchMatches(query),
  )
  const names = await repNames(rows, await memberNamesForPage())
  const found = rows.map((row) => toHistoryRow(row, names))
  const more = found.length > take - 1
  const page = found.slice(0, take - 1)
  if (backwards) page.reverse()
  const first = page[0]
  const last = page.at(-1)
  return {
    rows: page,
    next: last && (backwards || more) ? cursorOf(last, field) : null,
    previous: first && (backwards ? more : Boolean(query.after)) ? cursorOf(first, field) : null,
  }
}

/** A template's sessions in order of creation are read join first (see template-data.ts). */
const templateByCreation = (query: HistoryQuery): query is HistoryQuery & { template: string } =>
  Boolean(query.template) && (!query.sort || query.sort === 'newest' || query.sort === 'oldest')

/** One page of a view and the row past it (there is more), in the page's order. */
async function findPage(
  query: HistoryQuery,
  memberId: string,
  matching: string[] | undefined,
  pageSize?: number,
) {
  if (templateByCreation(query))
    return findTemplatePage(query, memberId, matching, rowSelect, pageSize)
  const { where, orderBy, take, backwards, field } = historyPageArgs(query, memberId, matching)
  const rows = await db.salesnipSession.findMany({
    where,
    orderBy,
    take: pageSize ?? take,
    select: rowSelect,
  })
  return { rows, take: pageSize ?? take, backwards, field }
}

/** Every row of a view, in its order, a batch at a time (for the CSV export: never all at once). */
export async function* historyBatches(
  query: HistoryQuery,
  memberId: string,
  batchSize = 1_000,
): AsyncGenerator<HistoryRow[]> {
  const matching = await searchMatches(query)
  const names = new Map<string, string>()
  let after: string | undefined
  for (;;) {
    const page = await findPage(
      { ...query, after, before: undefined },
      memberId,
      matching,
      batchSize,
    )
    const { field } = page
    await repNames(page.rows, names)
    const rows = page.rows.map((row) => toHistoryRow(row, names))
    if (rows.length === 0) return
    yield rows
    if (rows.length < batchSize) return
    after = cursorOf(rows.at(-1)!, field)
  }
}

/**
 * Counted exactly up to this many; past it the page says "1,000+ sessions match" (as GitHub's and
 * Gmail's lists do). A count never reads more than the cap's worth of a view, so the page costs the
 * same at a million sessions; at 10,000 the count alone took longer than the rest of the page.
 */
export const HISTORY_COUNT_CAP = 1_000

/** How many sessions a view matches, exactly up to the cap; `capped` when there are more. */
export async function countHistoryCapped(
  query: HistoryQuery,
  memberId: string,
): Promise<{ count: number; capped: boolean }> {
  const matching = await searchMatches(query)
  const cap = HISTORY_COUNT_CAP
  let count = 0
  if (query.template)
    count = await countTemplateCapped(
      { ...query, template: query.template },
      memberId,
      matching,
      cap,
    )
  else if (!matching && searchIsIndexed(query))
    // A common term: counted over its matches in the search index, a chunk of ids at a time.
    for await (const ids of searchMatchChunks(query)) {
      count += await countNewestCapped(historyWhere(query, memberId, ids), cap + 1 - count)
      if (count > cap) break
    }
  else count = await countNewestCapped(historyWhere(query, memberId, matching), cap + 1)
  return { count: Math.min(count, cap), capped: count > cap }
}

/**
 * Up to `limit` sessions of a `where`, counted newest first (an order its indexes hold, so the
 * count stops at the limit; Prisma would otherwise sort every match by id first), one stored status
 * at a time (a status word may stand for two, which no index walks in order together).
 */
async function countNewestCapped(
  where: Prisma.SalesnipSessionWhereInput,
  limit: number,
): Promise<number> {
  const status = where.status as { in: string[] } | undefined
  let count = 0
  for (const stored of status?.in ?? [undefined]) {
    count += await db.salesnipSession.count({
      where: stored ? { ...where, status: stored } : where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit - count,
    })
    if (count >= limit) break
  }
  return count
}

export async function countHistory(query: HistoryQuery, memberId: string): Promise<number> {
  const matching = await searchMatches(query)
  if (query.template)
    return countTemplateCapped({ ...query, template: query.template }, memberId, matching, Infinity)
  return db.salesnipSession.count({ where: historyWhere(query, memberId, matching) })
}

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
      requestBody: true,
      responseBody: true,
      templateVersions: true,
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
    requestBody: row.requestBody,
    responseBody: row.responseBody,
    templateVersions: JSON.parse(row.templateVersions) as {
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
