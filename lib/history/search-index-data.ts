import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { param, type SqlParams, type SqlStatement } from './view-sql'

// SQLite's FTS5 trigram index of the sessions' search text (migration session_search_fts), and what
// it says of a term: its matches, as the sessions' rowids. search-data.ts reads a view's page and
// count over them.

/**
 * The term as an FTS5 phrase. With the trigram tokenizer a phrase matches where its text occurs, as
 * LIKE '%term%' does over the lower-cased text, but from the index alone: LIKE on the index reads
 * each candidate's text back from the table to check it (measured at 100,000 sessions: counting
 * 1,001 matches of "hooli" took 0.86 ms so, 0.30 ms as a phrase). The only difference is Unicode's
 * simple case folding, which the tokenizer applies to text already lower-cased: a final sigma also
 * matches a sigma.
 */
export const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`

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
export const probeIndex = cache(async function probeIndex(
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
 * A condition on `s`: the search index matches it. The unary plus keeps SQLite from driving the
 * read by the matches (a row read for each, then a sort): it walks the view's own index and checks
 * each entry's rowid against the matches, read once.
 */
export const amongIndexMatches = (text: string) => (sql: SqlParams) =>
  `+s.rowid IN (SELECT rowid FROM "SalesnipSessionSearch" WHERE "searchText" MATCH ${param(sql, phrase(text))})`
