import 'server-only'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'
import { searchNormal } from '@/lib/literal-search'
import type { HistoryQuery } from './query'
import { amongIndexMatches, phrase, probeIndex, rowidAmong } from './search-index-data'
import {
  choosesRows,
  countUpTo,
  param,
  seekPast,
  sqlParams,
  viewFilters,
  viewOrder,
  type PagePlace,
  type SqlParams,
  type SqlStatement,
} from './view-sql'

// The history's search on SQLite, answered from its FTS5 trigram index (search-index-data.ts)
// where that is cheaper than reading each session's text. On PostgreSQL LIKE is served by its
// trigram index, or walked newest first with each session's text beside it in an index (migration
// search_newest_walk), as its planner judges; text under three characters has no trigram to look up.

/** Up to this many matches, a search's ids are passed to the page's own query. */
const FEW_MATCHES = 100

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
 * when all were read (up to 1,000: probeIndex); for a common term, by walking the view's own index as the
 * page's query would, each entry checked against the term's matches in the search index, when that
 * is cheaper than the page's own query (which checks each session's text as it walks); else
 * undefined. Measured at 100,000 and 1,000,000 sessions: reading the term's matches costs about
 * 0.2–0.5 µs a match for each trigram of the term (its lists of trigrams are intersected); the
 * page's own query passes `take` ÷ (the share of sessions that match), at about 0.2 µs a session
 * where the view's index holds their text (the default view, by creation: migration
 * search_newest_walk), else 1–4.5 µs (it reads each session's row; more as the table outgrows the
 * cache). So a term of T trigrams matched by M of N sessions is looked up in the index when
 * M² × T < k × take × N, k = 1 or 10. At a million sessions, "grace lovelace" (2,539 matches): read
 * from the index 11.6 ms; walked through the rows 30 ms, through the index of the text 2.5 ms.
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
    const walkCost = walksIndexedText(query, page) ? 1 : 10
    if (probe.estimate ** 2 * trigrams >= walkCost * page.take * probe.sessions) return undefined
    matched = amongIndexMatches(text)
  }
  const { sql, values } = searchPageStatement(query, memberId, page, matched)
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, ...values)
  return rows.map((row) => row.id)
}

/** Whether a search is of the default view (replaced sessions left out, no other filter). */
const searchesDefaultView = (query: HistoryQuery) => !choosesRows({ ...query, q: undefined })

/** Whether the page's own query checks each session's text from an index (search_newest_walk). */
const walksIndexedText = (query: HistoryQuery, page: PagePlace) =>
  searchesDefaultView(query) && page.field === 'createdAt'

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
      countUpTo(sql, from, filters, limit),
      ...sql.values,
    )
    return Number(row!.count)
  }
  const read = 'rowids' in probe ? probe.rowids : probe.first
  const counted = searchesDefaultView(query)
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
