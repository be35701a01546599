import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'
import {
  param,
  seekPast,
  sqlParams,
  viewFilters,
  viewOrder,
  type PagePlace,
  type SqlParams,
} from './view-sql'

// The history's search on SQLite, answered from its FTS5 trigram index (migration
// session_search_fts) where that is cheaper than reading each session's text. On PostgreSQL its
// trigram index serves LIKE itself; text under three characters has no trigram to look up.

/**
 * The term as an FTS5 phrase. With the trigram tokenizer a phrase matches where its text occurs, as
 * LIKE '%term%' does over the lower-cased text, but from the index alone: LIKE on the index reads
 * each candidate's text back from the table to check it (measured at 100,000 sessions: counting
 * 1,001 matches of "hooli" took 0.86 ms so, 0.30 ms as a phrase). The only difference is Unicode's
 * simple case folding, which the tokenizer applies to text already lower-cased: a final sigma also
 * matches a sigma.
 */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`

/** Up to this many matches, a search's ids are passed to the page's own query. */
const FEW_MATCHES = 100

/** Up to this many, the index's matches are all read, and a page and a count are read over them. */
const KNOWN_MATCHES = 1_000

/**
 * A term's matches in the index, in rowid order (the sessions' rowids), read once per request and
 * term: all of them when they are KNOWN_MATCHES or fewer; else the first KNOWN_MATCHES + 1, and from
 * them an estimate of how many sessions match in all (the last one's rowid against the highest says
 * how dense the matches are). Reading them costs what counting them did; the page and the count
 * then read their sessions by rowid (measured at 100,000 sessions, a term of 254 matches: its page
 * 2.6 ms from the index, 0.13 ms over the rowids read; its count 2.0 and 0.10 ms).
 */
const probeIndex = cache(async function probeIndex(
  text: string,
): Promise<{ rowids: number[] } | { first: number[]; estimate: number; sessions: number }> {
  const rows = await db.$queryRawUnsafe<{ rowid: number | bigint }[]>(
    `SELECT rowid FROM "SalesnipSessionSearch" WHERE "searchText" MATCH ? ORDER BY rowid LIMIT ?`,
    phrase(text),
    KNOWN_MATCHES + 1,
  )
  const rowids = rows.map((row) => Number(row.rowid))
  if (rowids.length <= KNOWN_MATCHES) return { rowids }
  const [last] = await db.$queryRawUnsafe<{ highest: number | bigint }[]>(
    'SELECT max(rowid) AS highest FROM "SalesnipSession"',
  )
  const sessions = Number(last!.highest)
  return { first: rowids, estimate: (rowids.length / rowids.at(-1)!) * sessions, sessions }
})

/** A condition on `s`: its rowid is one of these (one parameter, however many). */
const rowidAmong = (sql: SqlParams, rowids: number[]) =>
  `s.rowid IN (SELECT value FROM json_each(${param(sql, JSON.stringify(rowids))}))`

/**
 * The ids of every session a search matches when they are few (FEW_MATCHES), from SQLite's index;
 * else undefined, and the page finds its rows another way (searchPageIds).
 */
export async function searchMatches(query: HistoryQuery): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const probe = await probeIndex(searchNormal(query.q!))
  if (!('rowids' in probe) || probe.rowids.length > FEW_MATCHES) return undefined
  if (!probe.rowids.length) return []
  const sql = sqlParams('sqlite')
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT s."id" AS id FROM "SalesnipSession" s WHERE ${rowidAmong(sql, probe.rowids)}`,
    ...sql.values,
  )
  return rows.map((row) => row.id)
}

/**
 * One page of a search with more than a few matches, as ids in the page's order: over its matches
 * when all were read (KNOWN_MATCHES); for a common term from the index when that is cheaper than
 * walking the newest sessions, else undefined (the page's own query walks them). Measured (100,000
 * and 1,000,000 sessions): reading the index costs about 0.5 µs a match for each trigram of the
 * term (its lists of trigrams are intersected); the walk about 1.1 µs a session it passes, and it
 * passes `take` ÷ (the share of sessions that match). So a term of T trigrams matched by M of N
 * sessions is read from the index when M² × T < 2 × take × N. Both costs still grow with the table
 * (as √N at the crossing): a term matched by one session in 400 costs about 2 ms at 100,000 sessions
 * and 18 ms at a million.
 */
export async function searchPageIds(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const text = searchNormal(query.q!)
  const probe = await probeIndex(text)
  const sql = sqlParams('sqlite')
  let matched: string
  if ('rowids' in probe) {
    if (probe.rowids.length <= FEW_MATCHES) return undefined
    matched = rowidAmong(sql, probe.rowids)
  } else {
    const trigrams = [...text].length - 2
    if (probe.estimate ** 2 * trigrams >= 2 * page.take * probe.sessions) return undefined
    matched = `s.rowid IN (SELECT rowid FROM "SalesnipSessionSearch"
      WHERE "searchText" MATCH ${param(sql, phrase(text))})`
  }
  const filters = [
    matched,
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
 * How many sessions of a view a search matches, up to `limit`, from SQLite's index: over the matches
 * the probe read, each checked against the view's other filters; for a common term whose first
 * matches do not reach the limit in this view, over all its matches in the index, until the limit.
 */
export async function countIndexedMatches(
  query: HistoryQuery,
  memberId: string,
  limit: number,
): Promise<number> {
  const text = searchNormal(query.q!)
  const probe = await probeIndex(text)
  // `from` and its condition, which writes its parameters before the view's filters write theirs.
  const count = async (from: string, matched: (sql: SqlParams) => string) => {
    const sql = sqlParams('sqlite')
    const filters = [
      matched(sql),
      ...viewFilters(sql, { ...query, q: undefined }, memberId, undefined),
    ]
    const [row] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(
      `SELECT count(*) AS count FROM (SELECT 1 FROM ${from}
        WHERE ${filters.join(' AND ')} LIMIT ${param(sql, limit)})`,
      ...sql.values,
    )
    return Number(row!.count)
  }
  const read = 'rowids' in probe ? probe.rowids : probe.first
  const counted = await count('"SalesnipSession" s', (sql) => rowidAmong(sql, read))
  if ('rowids' in probe || counted >= limit) return counted
  // Read in the index's order, joined a match at a time, so the count stops at the limit.
  return count(
    `"SalesnipSessionSearch" f JOIN "SalesnipSession" s ON s.rowid = f.rowid`,
    (sql) => `f."searchText" MATCH ${param(sql, phrase(text))}`,
  )
}
