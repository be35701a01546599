import { z } from '@/lib/zod'
import { searchNormal } from '@/lib/literal-search'
import { firstValues } from '@/lib/search-params'
import type { Prisma } from '@/lib/db/types'
import { daySchema, dayBounds } from '@/lib/dates/day-range'
import { currencySchema } from '@/lib/salesnip/currencies'
import { STATUS_WORDS, type StatusWord } from '@/lib/sessions/status'
import { HISTORY_SORTS, type HistorySort } from './view-options'

export { HISTORY_SORTS, HISTORY_STATUSES } from './view-options'

// The history's view as it lives in the address: search, filters, sort and the page's cursor.
// Pure, so the page, the CSV export and the benchmark build the very same database query.

export const HISTORY_PAGE_SIZE = 25

const STATUS_FILTER = Object.keys(STATUS_WORDS) as [StatusWord, ...StatusWord[]]
// Links shared before the vocabulary was one still open the list they meant.
const OLD_STATUS_NAMES: Record<string, StatusWord> = {
  created: 'sent',
  active: 'sent',
  complete: 'accepted',
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

const historyQuerySchema = z.object({
  q: optional(z.string().trim().max(100)),
  rep: optional(z.string().max(64)), // a member id, or "me"
  status: optional(
    z.preprocess(
      (value) => (typeof value === 'string' ? (OLD_STATUS_NAMES[value] ?? value) : value),
      z.enum(STATUS_FILTER),
    ),
  ),
  currency: optional(currencySchema),
  template: optional(z.string().max(64)),
  from: optional(daySchema),
  to: optional(daySchema),
  sort: optional(z.enum(Object.keys(HISTORY_SORTS) as [HistorySort, ...HistorySort[]])),
  after: optional(z.string().max(200)),
  before: optional(z.string().max(200)),
})
export type HistoryQuery = z.infer<typeof historyQuerySchema>

/** Search params (as Next hands them) to a query; anything unreadable is simply left out. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined>) {
  const first = firstValues(params)
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

/**
 * The Prisma `where` of a view's filters (no cursor); `memberId` resolves "mine". `matching`, when
 * the data module found them in a search index, are the ids of every session the search matches.
 */
export function historyWhere(
  query: HistoryQuery,
  memberId: string,
  matching?: string[],
): Prisma.SalesnipSessionWhereInput {
  const q = query.q ? searchNormal(query.q) : undefined
  const createdAt = dayBounds(query)
  return {
    ...(query.rep ? { createdById: query.rep === 'me' ? memberId : query.rep } : {}),
    // An attempt made again under a new key leaves the default view (one deal, one row); asked for
    // by its status (failed, unknown), it is still found.
    ...(query.status
      ? { status: { in: [...STATUS_WORDS[query.status].stored] } }
      : { replacedById: null }),
    ...(query.currency ? { currency: query.currency } : {}),
    ...(query.template ? { templates: { some: { templateId: query.template } } } : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
    // searchText and the search are in one literal form (lower-case, no wildcards): `contains` then
    // means the same on SQLite
    // (LIKE, case-insensitive for ASCII only) and PostgreSQL (LIKE, case-sensitive).
    ...(matching ? { id: { in: matching } } : q ? { searchText: { contains: q } } : {}),
  }
}
