import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'
import { param, sqlParams, viewFilters } from './view-sql'

// The history's search on SQLite, answered from its FTS5 index (see searchMatches).

/** Up to this many matches a search is answered from SQLite's index; past it the term is common. */
const INDEXED_MATCHES_CAP = 900

/**
 * The ids of every session a search matches (looked up once per request: the History page's rows and
 * its count ask for the same view), found in SQLite's FTS5 trigram index (migration
 * session_search_fts) rather than by reading each session's text. Undefined where the page's own
 * query does better: on PostgreSQL (its trigram index serves LIKE itself), for text under three
 * characters (no trigram to look up), and for a common term (more than INDEXED_MATCHES_CAP
 * sessions: walking the newest sessions finds a page of those at once).
 */
export const searchMatches = cache(async function searchMatches(
  query: HistoryQuery,
): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const rows = await indexMatches(searchNormal(query.q!), 0, INDEXED_MATCHES_CAP + 1)
  return rows.length > INDEXED_MATCHES_CAP ? undefined : rows.map((row) => row.id)
})

/**
 * Up to `limit` sessions whose text holds `text` (literal: searchNormal leaves no LIKE wildcard in
 * it), from the FTS5 index, in rowid order from past `afterRowid`.
 */
function indexMatches(text: string, afterRowid: number, limit: number) {
  return db.$queryRawUnsafe<{ id: string; rowid: number | bigint }[]>(
    `SELECT s."id" AS id, f.rowid AS rowid FROM "SalesnipSessionSearch" f
       JOIN "SalesnipSession" s ON s.rowid = f.rowid
      WHERE f."searchText" LIKE '%' || ? || '%' AND f.rowid > ? ORDER BY f.rowid LIMIT ?`,
    text,
    afterRowid,
    limit,
  )
}

/** Whether a search can be looked up in SQLite's index (SQLite, and three characters or more). */
export function searchIsIndexed(query: HistoryQuery): boolean {
  return databaseKind === 'sqlite' && Boolean(query.q) && [...searchNormal(query.q!)].length >= 3
}

/**
 * How many sessions of a view a search matches, up to `limit`, from SQLite's index: its matches,
 * each checked against the view's other filters, until the limit. One statement, where counting a
 * common term a chunk of ids at a time took three.
 */
export async function countIndexedMatches(
  query: HistoryQuery,
  memberId: string,
  limit: number,
): Promise<number> {
  const sql = sqlParams('sqlite')
  const text = param(sql, searchNormal(query.q!))
  const filters = viewFilters(sql, { ...query, q: undefined }, memberId, undefined)
  const [row] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(
    `SELECT count(*) AS count FROM (SELECT 1 FROM "SalesnipSessionSearch" f
       JOIN "SalesnipSession" s ON s.rowid = f.rowid
      WHERE f."searchText" LIKE '%' || ${text} || '%' AND ${filters.join(' AND ')}
      LIMIT ${param(sql, limit)})`,
    ...sql.values,
  )
  return Number(row!.count)
}
