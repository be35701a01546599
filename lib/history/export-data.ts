import 'server-only'
import { rawQuery, type RawRow } from '@/lib/db/raw-rows'
import { databaseKind } from '@/lib/env'
import { memberNames } from '@/lib/team/members-data'
import { historyPageArgs } from './cursor'
import type { HistoryQuery } from './query'
import { rowSelect, toHistoryRow, type HistoryRow, type Row } from './row'
import { searchMatches } from './search-data'
import { param, seekPast, sqlParams, viewFilters } from './view-sql'

// A whole view of the history for the CSV export, read through the database's own driver (see
// lib/db/raw-rows.ts): a million rows at over 50,000 a second, a batch at a time. The view's filters
// are its SQL ones (view-sql.ts).

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
): AsyncGenerator<HistoryRow[]> {
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
      ORDER BY s."${field}" ${direction}, s."id" ${direction} LIMIT ${param(sql, batchSize)}`
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

/** A driver's row as the Row Prisma would give (its time a Date, its totals BigInt). */
function rowOf(raw: RawRow): Row {
  const row: Record<string, unknown> = {}
  for (let at = 0; at < COLUMNS.length; at += 1) row[COLUMNS[at]!] = raw[at]
  const created = raw[AT.createdAt] as string
  row.createdAt = new Date(databaseKind === 'sqlite' ? created : `${created.replace(' ', 'T')}Z`)
  row.openingTotalMinor = BigInt(raw[AT.openingTotalMinor] as number | string)
  const agreed = raw[AT.agreedTotalMinor] as number | string | null
  row.agreedTotalMinor = agreed === null ? null : BigInt(agreed)
  return row as Row
}
