import { HISTORY_SORTS, HISTORY_STATUSES, type HistoryQuery } from './query'

// A view's filters in words, for people who see it without the History page's controls.
export function describeView(query: HistoryQuery): string {
  const parts: string[] = []
  if (query.q) parts.push(`matching “${query.q}”`)
  if (query.status) parts.push(HISTORY_STATUSES[query.status].toLowerCase())
  if (query.currency) parts.push(`in ${query.currency}`)
  if (query.rep) parts.push('one rep’s sessions')
  if (query.template) parts.push('with one template')
  if (query.from || query.to)
    parts.push(`from ${query.from ?? 'the start'} to ${query.to ?? 'today'}`)
  if (query.sort && query.sort !== 'newest') parts.push(HISTORY_SORTS[query.sort].toLowerCase())
  return parts.length > 0 ? `sessions ${parts.join(', ')}` : 'all sessions'
}
