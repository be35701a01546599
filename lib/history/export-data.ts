import 'server-only'
import { rawRows, type Placeholder, type RawRow } from '@/lib/db/raw-rows'
import { dayBounds } from '@/lib/dates/day-range'
import { searchNormal } from '@/lib/literal-search'
import { STATUS_WORDS } from '@/lib/sessions/status'
import { memberNames } from '@/lib/team/members-data'
import { historyPageArgs } from './cursor'
import type { HistoryQuery } from './query'
import { rowSelect, toHistoryRow, type HistoryRow, type Row } from './row'
import { searchMatches } from './search-data'

// A whole view of the history for the CSV export, read through the database's own driver (see
// lib/db/raw-rows.ts): a million rows at well over 50,000 a second, a batch at a time, in flat memory.
// The view's filters are the ones historyWhere (query.ts) gives Prisma, written here as SQL for both
// databases; export-data.test.ts holds the two to the very same rows for every kind of view.

/** The columns read, in rowSelect's order (so the row is the one the pages and the API show). */
const COLUMNS = Object.keys(rowSelect) as (keyof typeof rowSelect)[]
const AT = Object.fromEntries(COLUMNS.map((column, at) => [column, at])) as Record<
  (typeof COLUMNS)[number],
  number
>

type Sql = { text: string[]; params: unknown[]; placeholder: Placeholder }

/** Adds a parameter to the statement and returns its placeholder. */
const param = (sql: Sql, value: unknown) => {
  sql.params.push(value)
  return sql.placeholder(sql.params.length)
}

/**
 * Every row of a view, in its order, a batch at a time; `names` keeps the reps' names across batches.
 */
export async function* exportBatches(
  query: HistoryQuery,
  memberId: string,
  batchSize = 1_000,
): AsyncGenerator<HistoryRow[]> {
  const { dialect, query: read, placeholder } = rawRows()
  const { field, orderBy } = historyPageArgs(
    { ...query, after: undefined, before: undefined },
    memberId,
  )
  const direction = (orderBy[0] as Record<string, 'asc' | 'desc'>)[field]!
  const matching = await searchMatches(query)
  const names = new Map<string, string>()
  let after: { value: unknown; id: unknown } | null = null
  for (;;) {
    const sql: Sql = { text: [], params: [], placeholder }
    const filters = viewFilters(sql, query, memberId, matching, dialect)
    if (after) filters.push(...seekPast(sql, field, direction, after))
    const statement = `SELECT ${COLUMNS.map((column) => `s."${column}"`).join(', ')}
      FROM "SalesnipSession" s WHERE ${filters.join(' AND ')}
      ORDER BY s."${field}" ${direction}, s."id" ${direction} LIMIT ${param(sql, batchSize)}`
    const rows = await read(statement, sql.params)
    if (rows.length === 0) return
    await memberNames(
      rows.map((row) => row[AT.createdById] as string),
      names,
    )
    yield rows.map((row) => toHistoryRow(rowOf(row, dialect), names))
    if (rows.length < batchSize) return
    const last = rows.at(-1)!
    after = { value: last[AT[field]], id: last[AT.id] }
  }
}

/** The view's filters as SQL conditions on `s`, the sessions (historyWhere's, one for one). */
function viewFilters(
  sql: Sql,
  query: HistoryQuery,
  memberId: string,
  matching: string[] | undefined,
  dialect: 'sqlite' | 'postgres',
): string[] {
  const filters: string[] = []
  if (query.rep)
    filters.push(`s."createdById" = ${param(sql, query.rep === 'me' ? memberId : query.rep)}`)
  if (query.status) {
    const stored = STATUS_WORDS[query.status].stored.map((status) => param(sql, status))
    filters.push(`s."status" IN (${stored.join(', ')})`)
  } else filters.push(`s."replacedById" IS NULL`)
  if (query.currency) filters.push(`s."currency" = ${param(sql, query.currency)}`)
  if (query.template)
    filters.push(`EXISTS (SELECT 1 FROM "SalesnipSessionTemplate" t
      WHERE t."sessionId" = s."id" AND t."templateId" = ${param(sql, query.template)})`)
  const { gte, lt } = dayBounds(query)
  if (gte) filters.push(`s."createdAt" >= ${param(sql, storedTime(gte, dialect))}`)
  if (lt) filters.push(`s."createdAt" < ${param(sql, storedTime(lt, dialect))}`)
  if (matching)
    filters.push(
      matching.length ? `s."id" IN (${matching.map((id) => param(sql, id)).join(', ')})` : '1 = 0',
    )
  else if (query.q) filters.push(`s."searchText" LIKE ${param(sql, `%${searchNormal(query.q)}%`)}`)
  return filters
}

/** Past the last row read, in the view's order (the first condition lets the index seek to it). */
function seekPast(
  sql: Sql,
  field: string,
  direction: 'asc' | 'desc',
  after: { value: unknown; id: unknown },
): string[] {
  const [notBefore, past] = direction === 'desc' ? ['<=', '<'] : ['>=', '>']
  return [
    `s."${field}" ${notBefore} ${param(sql, after.value)}`,
    `(s."${field}" ${past} ${param(sql, after.value)} OR (s."${field}" = ${param(sql, after.value)} AND s."id" ${past} ${param(sql, after.id)}))`,
  ]
}

/** A time as the database stores it: Prisma's text on SQLite; PostgreSQL reads the ISO form in UTC. */
const storedTime = (time: Date, dialect: 'sqlite' | 'postgres') =>
  dialect === 'sqlite' ? time.toISOString().replace('Z', '+00:00') : time.toISOString()

/** A driver's row as the Row Prisma would give (its time a Date, its totals BigInt). */
function rowOf(raw: RawRow, dialect: 'sqlite' | 'postgres'): Row {
  const row: Record<string, unknown> = {}
  for (let at = 0; at < COLUMNS.length; at += 1) row[COLUMNS[at]!] = raw[at]
  const created = raw[AT.createdAt] as string
  row.createdAt = new Date(dialect === 'sqlite' ? created : `${created.replace(' ', 'T')}Z`)
  row.openingTotalMinor = BigInt(raw[AT.openingTotalMinor] as number | string)
  const agreed = raw[AT.agreedTotalMinor] as number | string | null
  row.agreedTotalMinor = agreed === null ? null : BigInt(agreed)
  return row as Row
}
