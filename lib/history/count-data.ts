import 'server-only'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import type { Prisma } from '@/lib/generated/sqlite/client'
import { historyWhere, type HistoryQuery } from './query'
import { countIndexedMatches, searchIsIndexed, searchMatches } from './search-data'
import { countTemplateCapped } from './template-data'
import { countUpTo, sqlParams, viewFilters, type SqlStatement } from './view-sql'

// How many sessions a view of the history matches: capped for the page, exact for the export.

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
    // A common term: counted over its matches in the search index.
    count = await countIndexedMatches(query, memberId, cap + 1)
  else if (!matching && query.q && databaseKind === 'postgres')
    count = await countInAnyOrder(query, memberId, cap + 1)
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

/**
 * Up to `limit` sessions of a search on PostgreSQL, counted in whatever order they are found: from
 * the trigram index, in the table's order, or walking the newest (migration search_newest_walk), the
 * count stops at the limit. Counted newest first, PostgreSQL read and sorted every match: at 100,000
 * sessions "hooli" (5,062 matches) took 43 ms so, 6.8 ms in any order; at a million, ten times as
 * many matches.
 */
async function countInAnyOrder(query: HistoryQuery, memberId: string, limit: number) {
  const { sql, values } = searchCountStatement(query, memberId, limit)
  const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(sql, ...values)
  return Number(row!.count)
}

/** countInAnyOrder's statement (the bench explains it). */
export function searchCountStatement(
  query: HistoryQuery,
  memberId: string,
  limit: number,
): SqlStatement {
  const sql = sqlParams('postgres')
  const filters = viewFilters(sql, query, memberId, undefined)
  return { sql: countUpTo(sql, '"SalesnipSession" s', filters, limit), values: sql.values }
}

export async function countHistory(query: HistoryQuery, memberId: string): Promise<number> {
  const matching = await searchMatches(query)
  if (query.template)
    return countTemplateCapped({ ...query, template: query.template }, memberId, matching, Infinity)
  return db.salesnipSession.count({ where: historyWhere(query, memberId, matching) })
}
