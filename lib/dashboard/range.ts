import { dayRangeOrLast } from '@/lib/dates/day-range'

/** The dashboard's date range from the address: whole UTC days, the last 30 by default. */
export function dashboardRange(
  params: { from?: string | string[]; to?: string | string[] },
  today: Date,
) {
  return dayRangeOrLast(params, today, 30)
}
