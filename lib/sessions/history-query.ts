import { z } from 'zod'
import type { Prisma } from '@/lib/generated/sqlite/client'
import { currencySchema } from '@/lib/salesnip/currencies'

// The history's view as it lives in the address: search, filters, sort and the page's cursor.
// Pure, so the page, the CSV export and the benchmark build the very same database query.

export const HISTORY_PAGE_SIZE = 25

export const HISTORY_STATUSES = {
  created: 'Created',
  active: 'Active',
  complete: 'Complete',
  failed: 'Failed',
  unknown: 'Unknown outcome',
  pending: 'In progress',
} as const
export type HistoryStatus = keyof typeof HISTORY_STATUSES

export const HISTORY_SORTS = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  total_desc: 'Opening total, highest first',
  total_asc: 'Opening total, lowest first',
} as const
export type HistorySort = keyof typeof HISTORY_SORTS

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

export const historyQuerySchema = z.object({
  q: optional(z.string().trim().max(100)),
  rep: optional(z.string().max(64)), // a member id, or "me"
  status: optional(z.enum(Object.keys(HISTORY_STATUSES) as [HistoryStatus, ...HistoryStatus[]])),
  currency: optional(currencySchema),
  template: optional(z.string().max(64)),
  from: optional(day),
  to: optional(day),
  sort: optional(z.enum(Object.keys(HISTORY_SORTS) as [HistorySort, ...HistorySort[]])),
  after: optional(z.string().max(200)),
  before: optional(z.string().max(200)),
})
export type HistoryQuery = z.infer<typeof historyQuerySchema>

/** Search params (as Next hands them) to a query; anything unreadable is simply left out. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined>) {
  const first = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
  const query = historyQuerySchema.parse(first)
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as HistoryQuery
}

/** The address of a view: only what is set, in a stable order. */
export function historyHref(query: HistoryQuery, path = '/history'): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(historyQuerySchema.shape) as (keyof HistoryQuery)[]) {
    const value = query[key]
    if (value) params.set(key, value)
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

// A cursor is the last row's sort value and id: the next page starts after it, whatever was added
// since, and a deep page costs as little as the first (no OFFSET).
type Cursor = { value: string; id: string }

// Base64url of ASCII (ids and numbers), written so it runs in the browser as on the server.
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.value, cursor.id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null
  try {
    const [value, id] = JSON.parse(
      atob(text.replaceAll('-', '+').replaceAll('_', '/')),
    ) as unknown[]
    return typeof value === 'string' && typeof id === 'string' ? { value, id } : null
  } catch {
    return null
  }
}

type Direction = 'asc' | 'desc'

/** The Prisma `where` of a view's filters (no cursor); `memberId` resolves "mine". */
export function historyWhere(
  query: HistoryQuery,
  memberId: string,
): Prisma.SalesnipSessionWhereInput {
  const q = query.q?.toLowerCase()
  const createdAt = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) } : {}),
  }
  return {
    ...(query.rep ? { createdById: query.rep === 'me' ? memberId : query.rep } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.currency ? { currency: query.currency } : {}),
    ...(query.template ? { templates: { some: { templateId: query.template } } } : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
    // searchText is lower-case, and so is the search: `contains` then means the same on SQLite
    // (LIKE, case-insensitive for ASCII only) and PostgreSQL (LIKE, case-sensitive).
    ...(q ? { searchText: { contains: q } } : {}),
  }
}

/** The Prisma arguments of one page: filters, keyset cursor, order; one extra row tells "more". */
export function historyPageArgs(
  query: HistoryQuery,
  memberId: string,
): {
  where: Prisma.SalesnipSessionWhereInput
  orderBy: Prisma.SalesnipSessionOrderByWithRelationInput[]
  take: number
  backwards: boolean
  field: 'createdAt' | 'openingTotalMinor'
} {
  const sort = query.sort ?? 'newest'
  const byTotal = sort === 'total_desc' || sort === 'total_asc'
  const forward: Direction = sort === 'oldest' || sort === 'total_asc' ? 'asc' : 'desc'
  const backwards = Boolean(query.before) && !query.after
  const direction: Direction = backwards ? (forward === 'asc' ? 'desc' : 'asc') : forward
  const cursor = decodeCursor(backwards ? query.before : query.after)
  const field = byTotal ? ('openingTotalMinor' as const) : ('createdAt' as const)
  const cursorValue = cursor
    ? byTotal
      ? BigInt(/^-?\d+$/.test(cursor.value) ? cursor.value : '0')
      : new Date(Number(cursor.value) || 0)
    : null
  const comparison = direction === 'desc' ? 'lt' : 'gt'
  const where = historyWhere(query, memberId)
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
    take: HISTORY_PAGE_SIZE + 1,
    backwards,
    field,
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
