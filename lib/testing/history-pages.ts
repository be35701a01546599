import { listHistory, type HistoryRow } from '@/lib/history/data'
import type { HistoryQuery } from '@/lib/history/query'

/** Every row of a view as the History page lists it: page after page, following each page's link. */
export async function allHistoryPages(
  query: HistoryQuery,
  memberId: string,
): Promise<HistoryRow[]> {
  const rows: HistoryRow[] = []
  let after: string | undefined
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await listHistory({ ...query, after }, memberId)
    rows.push(...page.rows)
    if (!page.next) return rows
    after = page.next
  }
  throw new Error('too many pages')
}
