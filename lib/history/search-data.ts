import 'server-only'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'

// The history's search on SQLite, answered from its FTS5 index (see searchMatches).

/** Up to this many matches a search is answered from SQLite's index; past it the term is common. */
const INDEXED_MATCHES_CAP = 900

/**
 * The ids of every session a search matches, found in SQLite's FTS5 trigram index (migration
 * session_search_fts) rather than by reading each session's text. Undefined where the page's own
 * query does better: on PostgreSQL (its trigram index serves LIKE itself), for text under three
 * characters (no trigram to look up), and for a common term (more than INDEXED_MATCHES_CAP
 * sessions: walking the newest sessions finds a page of those at once).
 */
export async function searchMatches(query: HistoryQuery): Promise<string[] | undefined> {
  if (databaseKind !== 'sqlite' || !query.q) return undefined
  const text = searchNormal(query.q) // literal: no LIKE wildcard is left in it
  if ([...text].length < 3) return undefined
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT s."id" AS id FROM "SalesnipSessionSearch" f
       JOIN "SalesnipSession" s ON s.rowid = f.rowid
      WHERE f."searchText" LIKE '%' || ? || '%' LIMIT ?`,
    text,
    INDEXED_MATCHES_CAP + 1,
  )
  return rows.length > INDEXED_MATCHES_CAP ? undefined : rows.map((row) => row.id)
}
