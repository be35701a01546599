import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'
import { param, seekPast, sqlParams, viewFilters, viewOrder, type PagePlace } from './view-sql'

// The history's search on SQLite, answered from its FTS5 trigram index (migration
// session_search_fts) where that is cheaper than reading each session's text. On PostgreSQL its
// trigram index serves LIKE itself; text under three characters has no trigram to look up.

/** Up to this many matches, a search's ids are passed to the page's own query. */
const FEW_MATCHES = 100

/**
 * The first matches of a search in the index (rowid order), and from them an estimate of how many
 * sessions match in all: the index's rowids are the sessions', so the 101st match's rowid against the
 * highest says how dense the matches are. Once per request and term.
 */
const probeIndex = cache(async function probeIndex(
  text: string,
): Promise<{ ids: string[] } | { estimate: number; sessions: number }> {
  const rows = await db.$queryRawUnsafe<{ id: string; rowid: number | bigint }[]>(
    `SELECT s."id" AS id, f.rowid AS rowid FROM "SalesnipSessionSearch" f
       JOIN "SalesnipSession" s ON s.rowid = f.rowid
      WHERE f."searchText" LIKE '%' || ? || '%' ORDER BY f.rowid LIMIT ?`,
    text,
    FEW_MATCHES + 1,
  )
  if (rows.length <= FEW_MATCHES) return { ids: rows.map((row) => row.id) }
  const [last] = await db.$queryRawUnsafe<{ highest: number | bigint }[]>(
    'SELECT max(rowid) AS highest FROM "SalesnipSession"',
  )
  const sessions = Number(last!.highest)
  return { estimate: (rows.length / Number(rows.at(-1)!.rowid)) * sessions, sessions }
})

/**
 * The ids of every session a search matches when they are few (FEW_MATCHES), from SQLite's index;
 * else undefined, and the page finds its rows another way (searchPageIds).
 */
export async function searchMatches(query: HistoryQuery): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const probe = await probeIndex(searchNormal(query.q!))
  return 'ids' in probe ? probe.ids : undefined
}

/**
 * One page of a search with more than a few matches, as ids in the page's order, when the index finds
 * it cheaper than walking the newest sessions; else undefined (the page's own query walks them).
 * Measured (100,000 and 1,000,000 sessions): reading the index costs about 0.5 µs a match for each
 * trigram of the term (its lists of trigrams are intersected); the walk about 1.1 µs a session it
 * passes, and it passes `take` ÷ (the share of sessions that match). So a term of T trigrams matched
 * by M of N sessions is read from the index when M² × T < 2 × take × N. Both costs still grow with
 * the table (as √N at the crossing): a term matched by one session in 400 costs about 2 ms at
 * 100,000 sessions and 18 ms at a million.
 */
export async function searchPageIds(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const text = searchNormal(query.q!)
  const probe = await probeIndex(text)
  if ('ids' in probe) return undefined
  const trigrams = [...text].length - 2
  if (probe.estimate ** 2 * trigrams >= 2 * page.take * probe.sessions) return undefined
  const sql = sqlParams('sqlite')
  const filters = [
    `s.rowid IN (SELECT rowid FROM "SalesnipSessionSearch" WHERE "searchText" LIKE '%' || ${param(sql, text)} || '%')`,
    ...viewFilters(sql, { ...query, q: undefined }, memberId, undefined),
    ...(page.seek ? seekPast(sql, page.field, page.direction, page.seek) : []),
  ]
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT s."id" AS id FROM "SalesnipSession" s WHERE ${filters.join(' AND ')}
      ORDER BY ${viewOrder(page.field, page.direction)} LIMIT ${param(sql, page.take)}`,
    ...sql.values,
  )
  return rows.map((row) => row.id)
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
