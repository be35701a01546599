import 'server-only'
import { rawQuery, type RawRow } from '@/lib/db/raw-rows'
import { databaseKind } from '@/lib/env'
import { memberNames } from '@/lib/team/members-data'
import { historyPageArgs } from './cursor'
import type { HistoryQuery } from './query'
import { rowSelect, toHistoryRow, type HistoryRow, type Row, type Timed } from './row'
import { searchMatches } from './search-data'
import { param, seekPast, sqlParams, viewFilters, viewOrder } from './view-sql'

// A whole view of the history for the CSV export, read through the database's own driver (see
// lib/db/raw-rows.ts): a million rows at over 50,000 a second, a batch at a time. The view's filters
// are its SQL ones (view-sql.ts).

/**
 * A row as the export writes it: its time is the instant's ISO text, never a Date. Next's server
 * replaces the global Date with a wrapper (to notice clock reads in prerenders), and V8 places every
 * Date built through it straight in the old generation, where it stays until a full collection: a
 * million rows' Dates grew the server's heap by up to about 100 MB each export.
 */
export type ExportRow = Timed<HistoryRow, string>

/** The columns read, in rowSelect's order (so the row is the one the pages and the API show). */
const COLUMNS = Object.keys(rowSelect) as (keyof typeof rowSelect)[]
const AT = Object.fromEntries(COLUMNS.map((column, at) => [column, at])) as Record<
  (typeof COLUMNS)[number],
  number
>

/**
 * Every row of a view, in its order, a batch at a time; `names` keeps the reps' names across batches.
 */
export async function* exportBatches(
  query: HistoryQuery,
  memberId: string,
  batchSize = 1_000,
): AsyncGenerator<ExportRow[]> {
  const read = rawQuery()
  const { field, direction } = historyPageArgs(
    { ...query, after: undefined, before: undefined },
    memberId,
  )
  const matching = await searchMatches(query)
  const names = new Map<string, string>()
  let after: { value: unknown; id: unknown } | null = null
  for (;;) {
    const sql = sqlParams(databaseKind)
    const filters = viewFilters(sql, query, memberId, matching)
    if (after) filters.push(...seekPast(sql, field, direction, after))
    const statement = `SELECT ${COLUMNS.map((column) => `s."${column}"`).join(', ')}
      FROM "SalesnipSession" s WHERE ${filters.join(' AND ')}
      ORDER BY ${viewOrder(field, direction)} LIMIT ${param(sql, batchSize)}`
    const rows = await read(statement, sql.values)
    if (rows.length === 0) return
    await memberNames(
      rows.map((row) => row[AT.createdById] as string),
      names,
    )
    yield rows.map((row) => toHistoryRow(rowOf(row), names))
    if (rows.length < batchSize) return
    const last = rows.at(-1)!
    after = { value: last[AT[field]], id: last[AT.id] }
  }
}

/** A driver's row as the Row Prisma would give (its totals BigInt), but with its time as ISO text. */
function rowOf(raw: RawRow): Timed<Row, string> {
  const row: Record<string, unknown> = {}
  for (let at = 0; at < COLUMNS.length; at += 1) row[COLUMNS[at]!] = raw[at]
  const created = raw[AT.createdAt] as string
  row.createdAt = isoText(databaseKind === 'sqlite' ? created : `${created.replace(' ', 'T')}Z`)
  row.openingTotalMinor = BigInt(raw[AT.openingTotalMinor] as number | string)
  const agreed = raw[AT.agreedTotalMinor] as number | string | null
  row.agreedTotalMinor = agreed === null ? null : BigInt(agreed)
  return row as Timed<Row, string>
}

/** One Date, reset for each row, turns stored times into toISOString's form (see ExportRow). */
const clock = new Date(0)
function isoText(stored: string): string {
  // As Prisma writes times on SQLite ("2026-12-06T15:54:40.873+00:00"): already that form but for
  // its zone, so rewritten as text (a tenth of the parse and print below, a row at a time).
  if (stored.length === 29 && stored[19] === '.' && stored.endsWith('+00:00'))
    return `${stored.slice(0, 23)}Z`
  clock.setTime(Date.parse(stored))
  return clock.toISOString()
}
