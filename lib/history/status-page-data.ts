import 'server-only'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { STATUS_WORDS } from '@/lib/sessions/status'
import type { HistoryQuery } from './query'
import {
  param,
  seekPast,
  sqlParams,
  viewFilters,
  viewOrder,
  type PagePlace,
  type SqlStatement,
} from './view-sql'

// A status word may stand for two stored statuses ("Sent": created or active). No index walks
// `status IN (a, b)` in a page's order, and SQLite's planner (3.53) then took the status index and
// sorted every match: History filtered by "Sent" alone took about 130 ms at 100,000 sessions, and
// that sort grows with the table. On SQLite each stored status is read alone instead, from an index
// in the page's order, and the database merges their first rows (its own order of ties).
// PostgreSQL weighs the page's LIMIT and walks the time's index (about 4 ms at 100,000).

/**
 * One page of a view whose status word stands for several stored statuses, as ids in the page's
 * order: the first `take` rows of each stored status past the cursor, merged. Else undefined (the
 * page's own query reads it).
 */
export async function statusPageIds(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
): Promise<string[] | undefined> {
  const statement = databaseKind === 'sqlite' ? statusPageStatement(query, memberId, page) : null
  if (!statement) return undefined
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(statement.sql, ...statement.values)
  return rows.map((row) => row.id)
}

/**
 * The merge's one statement, in SQLite's dialect (the benchmark explains it too); null when the
 * view's status word stands for one stored status or none.
 */
export function statusPageStatement(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
): SqlStatement | null {
  const stored = query.status ? STATUS_WORDS[query.status].stored : []
  if (stored.length < 2) return null
  const sql = sqlParams('sqlite')
  const { field, direction } = page
  const arms = stored.map((status, index) => {
    const filters = [
      ...viewFilters(sql, query, memberId, undefined, status),
      ...(page.seek ? seekPast(sql, field, direction, page.seek) : []),
    ]
    return `SELECT * FROM (SELECT s."id" AS "id", s."${field}" AS "sortValue"
        FROM "SalesnipSession" s WHERE ${filters.join(' AND ')}
        ORDER BY ${viewOrder(field, direction)} LIMIT ${param(sql, page.take)}) AS "stored${index}"`
  })
  return {
    sql: `SELECT "id" FROM (${arms.join(' UNION ALL ')}) AS "merged"
      ORDER BY "sortValue" ${direction}, "id" ${direction} LIMIT ${param(sql, page.take)}`,
    values: sql.values,
  }
}
