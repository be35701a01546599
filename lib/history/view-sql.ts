import { dayBounds } from '@/lib/dates/day-range'
import { searchNormal } from '@/lib/literal-search'
import { STATUS_WORDS, type SessionStatus } from '@/lib/sessions/status'
import type { databaseKind } from '@/lib/env'
import type { HistoryQuery } from './query'

// A history view's filters as SQL, for the reads Prisma is too slow for: the whole-view export
// (export-data.ts), the capped counts of a common search term and of a template (search-data.ts,
// template-data.ts), and on SQLite a search page's ids from its index, a page by total from a walk
// of the total's index (total-page-data.ts) and a page of a status word that stands for two stored
// statuses (status-page-data.ts). They are historyWhere's filters (query.ts), one for one;
// export-data.test.ts holds the two to the very same rows and counts for every kind of view, on both
// databases.

export type Dialect = typeof databaseKind

/** A statement's parameters as it is written; `param` adds one and gives its placeholder. */
export type SqlParams = { dialect: Dialect; values: unknown[] }

/** A statement as written, with its parameters in order. */
export type SqlStatement = { sql: string; values: unknown[] }

export const sqlParams = (dialect: Dialect): SqlParams => ({ dialect, values: [] })

export function param(sql: SqlParams, value: unknown): string {
  sql.values.push(value)
  return sql.dialect === 'sqlite' ? '?' : `$${sql.values.length}`
}

/**
 * The view's filters as conditions on `s`, the sessions. `matching`: the ids a search index found
 * for the view's search (else the search is a LIKE on the session's own text). `storedStatus`: one
 * of the stored statuses the view's status word stands for, to read it alone (status-page-data.ts).
 */
export function viewFilters(
  sql: SqlParams,
  query: HistoryQuery,
  memberId: string,
  matching: string[] | undefined,
  storedStatus?: SessionStatus,
): string[] {
  const filters: string[] = []
  if (query.rep)
    filters.push(`s."createdById" = ${param(sql, query.rep === 'me' ? memberId : query.rep)}`)
  if (query.status) {
    const stored = (storedStatus ? [storedStatus] : STATUS_WORDS[query.status].stored).map(
      (status) => param(sql, status),
    )
    filters.push(
      stored.length === 1 ? `s."status" = ${stored[0]}` : `s."status" IN (${stored.join(', ')})`,
    )
  } else filters.push(`s."replacedById" IS NULL`)
  if (query.currency) filters.push(`s."currency" = ${param(sql, query.currency)}`)
  if (query.template)
    filters.push(`EXISTS (SELECT 1 FROM "SalesnipSessionTemplate" t
      WHERE t."sessionId" = s."id" AND t."templateId" = ${param(sql, query.template)})`)
  const { gte, lt } = dayBounds(query)
  if (gte) filters.push(`s."createdAt" >= ${param(sql, storedTime(gte, sql.dialect))}`)
  if (lt) filters.push(`s."createdAt" < ${param(sql, storedTime(lt, sql.dialect))}`)
  if (matching)
    filters.push(
      matching.length ? `s."id" IN (${matching.map((id) => param(sql, id)).join(', ')})` : '1 = 0',
    )
  else if (query.q) filters.push(`s."searchText" LIKE ${param(sql, `%${searchNormal(query.q)}%`)}`)
  return filters
}

/**
 * A capped count: how many rows of `from` pass every filter, reading no more than `limit` of them
 * (in whatever order the database finds them). The search's counts on both databases use it.
 */
export const countUpTo = (sql: SqlParams, from: string, filters: string[], limit: number) =>
  `SELECT count(*) AS count FROM (SELECT 1 FROM ${from}
    WHERE ${filters.join(' AND ')} LIMIT ${param(sql, limit)}) AS counted`

/** The view's keys that place its page (its order and cursor) rather than choose its rows. */
const PLACING: ReadonlySet<string> = new Set(['sort', 'after', 'before'])

/**
 * Whether a view chooses among the sessions (a search or a filter), or shows them all: then its one
 * filter leaves out the sessions another replaced.
 */
export function choosesRows(query: HistoryQuery): boolean {
  return Object.entries(query).some(([key, value]) => value !== undefined && !PLACING.has(key))
}

/** A row to seek past: its sort column's value (a Date, or as the database gave it) and its id. */
export type SeekRow = { value: unknown; id: unknown }

/** A page's place in its view: the order it is read in, its size and the row it starts past. */
export type PagePlace = {
  field: string
  direction: 'asc' | 'desc'
  take: number
  seek: SeekRow | null
}

/** The view's order on `s`: its sort column, then the id (which splits ties), one direction. */
export function viewOrder(field: string, direction: 'asc' | 'desc'): string {
  return `s."${field}" ${direction}, s."id" ${direction}`
}

/**
 * Past a row, in the view's order. The first condition is redundant with the second; it lets the
 * index seek straight to the row.
 */
export function seekPast(
  sql: SqlParams,
  field: string,
  direction: 'asc' | 'desc',
  after: SeekRow,
): string[] {
  const [notBefore, past] = direction === 'desc' ? ['<=', '<'] : ['>=', '>']
  const stored = after.value instanceof Date ? storedTime(after.value, sql.dialect) : after.value
  const value = () => param(sql, stored)
  return [
    `s."${field}" ${notBefore} ${value()}`,
    `(s."${field}" ${past} ${value()} OR (s."${field}" = ${value()} AND s."id" ${past} ${param(sql, after.id)}))`,
  ]
}

/** A time as the database stores it: Prisma's text on SQLite; PostgreSQL reads the ISO form as UTC. */
const storedTime = (time: Date, dialect: Dialect) =>
  dialect === 'sqlite' ? time.toISOString().replace('Z', '+00:00') : time.toISOString()
