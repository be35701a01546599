import 'server-only'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import type { HistoryQuery } from './query'
import {
  choosesRows,
  param,
  seekPast,
  sqlParams,
  viewFilters,
  viewOrder,
  type PagePlace,
  type SqlStatement,
} from './view-sql'

// History sorted by opening total, with a filter (a rep, a status, a currency…), on SQLite: its
// planner took the filter's index and sorted every match by total, about 85 ms at 100,000 sessions
// for one rep's third of them, growing with the table. PostgreSQL weighs the page's LIMIT itself.

/**
 * How many sessions of the total's index a page walks at most, in its order, checking the view's
 * filters on each. A view that finds its page within them (matches 1 in 200 or denser) is read so;
 * one that does not is sparse, and sorting its few matches is then the cheaper way.
 */
const WALK = 5_000

/** Columns the view's filters read (viewFilters): the walk reads only these of each session. */
const FILTERED = [
  'id',
  'openingTotalMinor',
  'createdById',
  'status',
  'replacedById',
  'currency',
  'createdAt',
  'searchText',
]

/**
 * One page of a view sorted by opening total as ids in the page's order, when the walk of the
 * total's index finds it whole; else undefined (the page's own query reads it).
 */
export async function totalPageIds(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
  walk = WALK,
): Promise<string[] | undefined> {
  if (databaseKind !== 'sqlite' || page.field !== 'openingTotalMinor') return undefined
  // No filter: the page's own query already walks the total's index (one statement, not two).
  if (!choosesRows(query)) return undefined
  const { sql, values } = totalPageStatement(query, memberId, page, walk)
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, ...values)
  // Fewer than a page: the walk may have stopped before the view's rows did.
  return rows.length === page.take ? rows.map((row) => row.id) : undefined
}

/** The walk's one statement, in SQLite's dialect (the benchmark explains it too). */
export function totalPageStatement(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
  walk = WALK,
): SqlStatement {
  const sql = sqlParams('sqlite')
  const order = viewOrder(page.field, page.direction)
  const seek = page.seek ? seekPast(sql, page.field, page.direction, page.seek) : []
  // The subquery keeps its LIMIT: SQLite neither flattens it nor moves the filters into it.
  const walked = `SELECT ${FILTERED.map((column) => `s."${column}"`).join(', ')}
      FROM "SalesnipSession" s ${seek.length ? `WHERE ${seek.join(' AND ')}` : ''}
      ORDER BY ${order} LIMIT ${param(sql, walk)}`
  const filters = viewFilters(sql, query, memberId, undefined)
  return {
    sql: `SELECT s."id" AS id FROM (${walked}) AS s WHERE ${filters.join(' AND ')}
      ORDER BY ${order} LIMIT ${param(sql, page.take)}`,
    values: sql.values,
  }
}
