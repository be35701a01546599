import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'
import {
  choosesRows,
  param,
  seekPast,
  sqlParams,
  viewFilters,
  viewOrder,
  type PagePlace,
  type SqlParams,
  type SqlStatement,
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

/** The index's first matches of a term, rowids in order (probeIndex's read; the bench explains it). */
export function searchProbeStatement(text: string): SqlStatement {
  return {
    sql: `SELECT rowid FROM "SalesnipSessionSearch" WHERE "searchText" MATCH ? ORDER BY rowid LIMIT ?`,
    values: [phrase(text), KNOWN_MATCHES + 1],
  }
}

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
  const { sql, values } = searchProbeStatement(text)
  const rows = await db.$queryRawUnsafe<{ rowid: number | bigint }[]>(sql, ...values)
  const rowids = rows.map((row) => Number(row.rowid))
  if (rowids.length <= KNOWN_MATCHES) return { rowids }
  const [last] = await db.$queryRawUnsafe<{ highest: number | bigint }[]>(
    'SELECT max(rowid) AS highest FROM "SalesnipSession"',
  )
  const sessions = Number(last!.highest)
  return { first: rowids, estimate: (rowids.length / rowids.at(-1)!) * sessions, sessions }
})

/** A condition on `s`: its rowid is one of these (one parameter, however many). */
export const rowidAmong = (sql: SqlParams, rowids: number[]) =>
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
 * when all were read (KNOWN_MATCHES); for a common term, by walking the view's own index as the
 * page's query would, each entry checked against the term's matches in the search index, when that
 * is cheaper than the page's own query (which reads each session's row to check its text); else
 * undefined. Measured at 100,000 and 1,000,000 sessions: reading the term's matches costs about
 * 0.2–0.5 µs a match for each trigram of the term (its lists of trigrams are intersected); the
 * page's own query 1–4.5 µs a session it passes (more as the table outgrows the cache), and it
 * passes `take` ÷ (the share of sessions that match). So a term of T trigrams matched by M of N
 * sessions is looked up in the index when M² × T < 10 × take × N. At a million sessions, "grace
 * lovelace" (2,539 matches): 30 ms walked, 11.6 ms so; "crm-42" (11,111): 8.4 ms walked, 12.3 so.
 */
export async function searchPageIds(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
): Promise<string[] | undefined> {
  if (!searchIsIndexed(query)) return undefined
  const text = searchNormal(query.q!)
  const probe = await probeIndex(text)
  let matched: (sql: SqlParams) => string
  if ('rowids' in probe) {
    if (probe.rowids.length <= FEW_MATCHES) return undefined
    matched = (sql) => rowidAmong(sql, probe.rowids)
  } else {
    const trigrams = [...text].length - 2
    if (probe.estimate ** 2 * trigrams >= 10 * page.take * probe.sessions) return undefined
    matched = amongIndexMatches(text)
  }
  const { sql, values } = searchPageStatement(query, memberId, page, matched)
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, ...values)
  return rows.map((row) => row.id)
}

/**
 * A condition on `s`: the search index matches it. The unary plus keeps SQLite from driving the
 * read by the matches (a row read for each, then a sort): it walks the view's own index and checks
 * each entry's rowid against the matches, read once.
 */
export const amongIndexMatches = (text: string) => (sql: SqlParams) =>
  `+s.rowid IN (SELECT rowid FROM "SalesnipSessionSearch" WHERE "searchText" MATCH ${param(sql, phrase(text))})`

/** A search page's ids among the sessions `matched` picks, in the page's order (the bench explains it). */
export function searchPageStatement(
  query: HistoryQuery,
  memberId: string,
  page: PagePlace,
  matched: (sql: SqlParams) => string,
): SqlStatement {
  const sql = sqlParams('sqlite')
  const filters = [
    matched(sql),
    ...viewFilters(sql, { ...query, q: undefined }, memberId, undefined),
    ...(page.seek ? seekPast(sql, page.field, page.direction, page.seek) : []),
  ]
  return {
    sql: `SELECT s."id" AS id FROM "SalesnipSession" s WHERE ${filters.join(' AND ')}
      ORDER BY ${viewOrder(page.field, page.direction)} LIMIT ${param(sql, page.take)}`,
    values: sql.values,
  }
}

/** Whether a search can be looked up in SQLite's index (SQLite, and three characters or more). */
export function searchIsIndexed(query: HistoryQuery): boolean {
  return databaseKind === 'sqlite' && Boolean(query.q) && [...searchNormal(query.q!)].length >= 3
}

/**
 * How many sessions of a view a search matches, up to `limit`, from SQLite's index: over the matches
 * the probe read, each checked against the view's other filters (in the default view only whether
 * it was replaced, which their index answers); for a common term whose first matches do not reach
 * the limit in this view, over all its matches in the index, until the limit.
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
  const counted = !choosesRows({ ...query, q: undefined })
    ? read.length - (await countReplaced(read))
    : await count('"SalesnipSession" s', (sql) => rowidAmong(sql, read))
  if ('rowids' in probe || counted >= limit) return counted
  // Read in the index's order, joined a match at a time, so the count stops at the limit.
  return count(
    `"SalesnipSessionSearch" f JOIN "SalesnipSession" s ON s.rowid = f.rowid`,
    (sql) => `f."searchText" MATCH ${param(sql, phrase(text))}`,
  )
}

/**
 * How many of these sessions were replaced, from the index of replaced sessions (few: failed
 * creates made again), never the sessions' rows: at a million sessions, checking each of 1,001
 * matches' rows took 4.7 ms.
 */
async function countReplaced(rowids: number[]): Promise<number> {
  const sql = sqlParams('sqlite')
  const [row] = await db.$queryRawUnsafe<{ count: number | bigint }[]>(
    `SELECT count(*) AS count FROM "SalesnipSession" s
      WHERE s."replacedById" IS NOT NULL AND ${rowidAmong(sql, rowids)}`,
    ...sql.values,
  )
  return Number(row!.count)
}
