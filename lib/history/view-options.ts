import { STATUS_WORDS, type StatusWord } from '@/lib/sessions/status'

// The history's filter and sort choices, as the filters show them. Apart from the view's zod schema
// (query.ts), which reads them, so the filters in the browser do not ship zod.

/** The status filter's choices: the team's words (see STATUS_WORDS). */
export const HISTORY_STATUSES = Object.fromEntries(
  Object.entries(STATUS_WORDS).map(([word, { label }]) => [word, label]),
) as Record<StatusWord, string>

export const HISTORY_SORTS = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  total_desc: 'Opening total, highest first',
  total_asc: 'Opening total, lowest first',
} as const
export type HistorySort = keyof typeof HISTORY_SORTS
