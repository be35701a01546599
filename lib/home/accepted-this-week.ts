import type { HistoryQuery } from '@/lib/history/query'

const WEEK_MS = 7 * 86_400_000

/** The History view of the team's deals accepted in the last 7 days (whole UTC days). */
export function acceptedThisWeek(now: Date): HistoryQuery {
  return { status: 'accepted', from: new Date(now.getTime() - WEEK_MS).toISOString().slice(0, 10) }
}
