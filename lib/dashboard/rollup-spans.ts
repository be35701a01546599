// Which rollup rows a range of whole UTC days reads: its whole months from the month rollups, and
// the days before the first and after the last of them from the day rollups. A year is then some
// 12 months and up to 60 days, not 365 days; any range is at most 62 days' rows and its months'.

type Span = { gte: string; lte: string }

export type RollupSpans = { days: Span[]; months: Span | null }

const DAY = 86_400_000
const dayText = (time: number) => new Date(time).toISOString().slice(0, 10)
const monthText = (time: number) => new Date(time).toISOString().slice(0, 7)

/** `firstDay` to `lastDay` (YYYY-MM-DD, both included) as the rollups read it. */
export function rollupSpans(firstDay: string, lastDay: string): RollupSpans {
  const first = Date.parse(firstDay)
  const last = Date.parse(lastDay)
  const start = new Date(first)
  // The first whole month begins on the range's first day if that is a 1st, else a month later.
  const firstMonth =
    start.getUTCDate() === 1 ? first : Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)
  // The last whole month ends on the range's last day if the next day is a 1st, else a month earlier.
  const end = new Date(last + DAY)
  const afterLastMonth = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1)
  if (firstMonth >= afterLastMonth) return { days: [{ gte: firstDay, lte: lastDay }], months: null }
  const days: Span[] = []
  if (first < firstMonth) days.push({ gte: firstDay, lte: dayText(firstMonth - DAY) })
  if (last >= afterLastMonth) days.push({ gte: dayText(afterLastMonth), lte: lastDay })
  return { days, months: { gte: monthText(firstMonth), lte: monthText(afterLastMonth - DAY) } }
}
