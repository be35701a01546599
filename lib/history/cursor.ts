import type { Prisma } from '@/lib/db/types'
import { decodeCursor, encodeCursor } from '@/lib/keyset-cursor'
import { HISTORY_PAGE_SIZE, historyWhere, type HistoryQuery } from './query'

// The history's keyset pages: a view's sort, seeking past the cursor in the address, both ways.

type Direction = 'asc' | 'desc'

/**
 * The Prisma arguments of one page of `size` rows: filters, keyset cursor, order; one extra row
 * tells "more".
 */
export function historyPageArgs(
  query: HistoryQuery,
  memberId: string,
  matching?: string[],
  size = HISTORY_PAGE_SIZE,
): {
  where: Prisma.SalesnipSessionWhereInput
  orderBy: Prisma.SalesnipSessionOrderByWithRelationInput[]
  take: number
  backwards: boolean
  field: 'createdAt' | 'openingTotalMinor'
  /** The order the page is read in (the view's own, or its reverse when paging back). */
  direction: Direction
  /** The cursor's value: where the page starts, in its order (null on a first page). */
  seekFrom: Date | bigint | null
  /** The cursor's id: the page starts past this row of that value. */
  seekId: string | null
} {
  const sort = query.sort ?? 'newest'
  const byTotal = sort === 'total_desc' || sort === 'total_asc'
  const forward: Direction = sort === 'oldest' || sort === 'total_asc' ? 'asc' : 'desc'
  const backwards = Boolean(query.before) && !query.after
  const direction: Direction = backwards ? (forward === 'asc' ? 'desc' : 'asc') : forward
  const cursor = decodeCursor(backwards ? query.before : query.after)
  const field = byTotal ? ('openingTotalMinor' as const) : ('createdAt' as const)
  const cursorValue = cursor ? (byTotal ? totalOf(cursor.value) : dateOf(cursor.value)) : null
  const comparison = direction === 'desc' ? 'lt' : 'gt'
  // An unreadable cursor (edited by hand, out of range) is no cursor: the view's first page.
  if (cursor && cursorValue === null)
    return historyPageArgs(
      { ...query, after: undefined, before: undefined },
      memberId,
      matching,
      size,
    )
  const where = historyWhere(query, memberId, matching)
  return {
    where: cursorValue
      ? {
          AND: [
            where,
            // Redundant with the OR below, but it lets the index seek straight to the cursor
            // (an OR alone makes SQLite walk the index from its start: slow on a deep page).
            { [field]: { [direction === 'desc' ? 'lte' : 'gte']: cursorValue } },
            {
              OR: [
                { [field]: { [comparison]: cursorValue } },
                { [field]: cursorValue, id: { [comparison]: cursor!.id } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ [field]: direction }, { id: direction }],
    take: size + 1,
    backwards,
    field,
    direction,
    seekFrom: cursorValue,
    seekId: cursorValue === null ? null : cursor!.id,
  }
}

export function cursorOf(
  row: { id: string; createdAt: Date; openingTotalMinor: number },
  field: 'createdAt' | 'openingTotalMinor',
): string {
  const value =
    field === 'createdAt' ? String(row.createdAt.getTime()) : String(row.openingTotalMinor)
  return encodeCursor({ value, id: row.id })
}

const MAX_BIGINT = 9_223_372_036_854_775_807n

/** A total from a cursor: whole minor units within the database's 64-bit range, else null. */
function totalOf(value: string): bigint | null {
  if (!/^-?\d{1,19}$/.test(value)) return null
  const total = BigInt(value)
  return total <= MAX_BIGINT && total >= -MAX_BIGINT ? total : null
}

/** A creation time from a cursor: epoch milliseconds of a real date, else null. */
function dateOf(value: string): Date | null {
  if (!/^\d{1,15}$/.test(value)) return null
  const date = new Date(Number(value))
  return Number.isNaN(date.getTime()) ? null : date
}
