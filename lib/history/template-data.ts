import 'server-only'
import { db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/sqlite/client'
import { dayBounds } from '@/lib/dates/day-range'
import { databaseKind } from '@/lib/env'
import { historyPageArgs } from './cursor'
import type { HistoryQuery } from './query'
import { param, sqlParams, viewFilters, type SqlStatement } from './view-sql'

// The history filtered by a template, join first: walk that template's links newest first (index
// SalesnipSessionTemplate(templateId, createdAt, sessionId)) and read the sessions they name, a
// batch at a time, rather than walk every session asking whether it has the template. A filter
// written as `templates: { some }` makes both databases gather all of the template's sessions and
// sort them, a cost that grows with the history; this one stops once a page is full.

type Link = { sessionId: string; createdAt: Date }

/**
 * A template's links in order of creation (newest or oldest first), a batch at a time: `first`
 * links, then each batch `grow` times larger, up to 900 (ids small enough for one query's
 * parameters). Starts from the page's cursor (`from`, a date) when there is one.
 */
async function* templateLinks(
  query: HistoryQuery & { template: string },
  direction: 'asc' | 'desc',
  from: Date | null,
  first: number,
  grow: number,
): AsyncGenerator<string[]> {
  let last: Link | Date | null = from
  for (let batch = first; ; batch = Math.min(batch * grow, 900)) {
    const links: Link[] = await db.salesnipSessionTemplate.findMany({
      where: { templateId: query.template, AND: linkBounds(query, direction, last) },
      orderBy: [{ createdAt: direction }, { sessionId: direction }],
      take: batch,
      select: { sessionId: true, createdAt: true },
    })
    if (links.length === 0) return
    yield links.map((link) => link.sessionId)
    if (links.length < batch) return
    last = links.at(-1)!
  }
}

/**
 * A page of a template's sessions (newest or oldest first), in the page's order, with the one row
 * past it that tells "more"; `select` as the caller reads them. Only for sorts by creation time.
 */
export async function findTemplatePage<S extends Prisma.SalesnipSessionSelect>(
  query: HistoryQuery & { template: string },
  memberId: string,
  matching: string[] | undefined,
  select: S,
  size?: number,
) {
  // The page's own filters and cursor, without the template: the ids below stand for it.
  const args = historyPageArgs({ ...query, template: undefined }, memberId, matching, size)
  const rows: Prisma.SalesnipSessionGetPayload<{ select: S }>[] = []
  const from = args.seekFrom as Date | null
  for await (const ids of templateLinks(query, args.direction, from, args.take * 2, 4)) {
    const found = await db.salesnipSession.findMany({
      where: { AND: [args.where, { id: { in: ids } }] },
      orderBy: args.orderBy,
      take: args.take - rows.length,
      select,
    })
    rows.push(...(found as typeof rows))
    if (rows.length >= args.take) break
  }
  return { rows, take: args.take, backwards: args.backwards, field: args.field }
}

/**
 * Where the walk through a template's links may look: the view's days, from the page's cursor (a
 * date; the sessions' own query applies it exactly), and past the last link read.
 */
function linkBounds(
  query: HistoryQuery,
  direction: 'asc' | 'desc',
  from: Link | Date | null,
): Prisma.SalesnipSessionTemplateWhereInput[] {
  const days = dayBounds(query)
  const bounds: Prisma.SalesnipSessionTemplateWhereInput[] = Object.keys(days).length
    ? [{ createdAt: days }]
    : []
  if (!from) return bounds
  const onOrPast = direction === 'desc' ? 'lte' : 'gte'
  if (from instanceof Date) return [...bounds, { createdAt: { [onOrPast]: from } }]
  const last = from
  const past = direction === 'desc' ? 'lt' : 'gt'
  return [
    ...bounds,
    { createdAt: { [onOrPast]: last.createdAt } },
    {
      OR: [
        { createdAt: { [past]: last.createdAt } },
        { createdAt: last.createdAt, sessionId: { [past]: last.sessionId } },
      ],
    },
  ]
}

/**
 * How many of a template's sessions a view matches, exactly up to `cap`: its links, newest first,
 * each checked against the view's other filters until the cap (one statement; Infinity: all).
 */
export async function countTemplateCapped(
  query: HistoryQuery & { template: string },
  memberId: string,
  matching: string[] | undefined,
  cap: number,
): Promise<number> {
  const { sql, values } = templateCountStatement(query, memberId, matching, cap, databaseKind)
  const [row] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(sql, ...values)
  return Number(row!.count)
}

/**
 * The statement countTemplateCapped sends (the benchmark explains it). For the default view, each
 * link's session is checked from index SalesnipSession(id, replacedById) alone.
 */
export function templateCountStatement(
  query: HistoryQuery & { template: string },
  memberId: string,
  matching: string[] | undefined,
  cap: number,
  dialect: 'sqlite' | 'postgres',
): SqlStatement {
  const sql = sqlParams(dialect)
  const template = param(sql, query.template)
  const filters = viewFilters(sql, { ...query, template: undefined }, memberId, matching)
  // Newest first, so a capped count stops early on the link index (templateId, createdAt, sessionId).
  const limit = Number.isFinite(cap)
    ? `ORDER BY t."createdAt" DESC, t."sessionId" DESC LIMIT ${param(sql, cap + 1)}`
    : ''
  return {
    sql: `SELECT count(*) AS count FROM (SELECT 1 FROM "SalesnipSessionTemplate" t
       JOIN "SalesnipSession" s ON s."id" = t."sessionId"
      WHERE t."templateId" = ${template} AND ${filters.join(' AND ')}
      ${limit}) counted`,
    values: sql.values,
  }
}
