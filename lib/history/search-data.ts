import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'

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
 * Every session a search matches, from SQLite's index, as chunks of ids small enough for one
 * query's parameters: a common term's count reads these rather than every session's text.
 */
export async function* searchMatchChunks(query: HistoryQuery): AsyncGenerator<string[]> {
  const text = searchNormal(query.q!)
  let after = 0
  for (;;) {
    const rows = await indexMatches(text, after, INDEXED_MATCHES_CAP)
    if (rows.length === 0) return
    yield rows.map((row) => row.id)
    if (rows.length < INDEXED_MATCHES_CAP) return
    after = Number(rows.at(-1)!.rowid)
  }
}
