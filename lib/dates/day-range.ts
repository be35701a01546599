import { z } from '@/lib/zod'

// The one reading of a date range in an address (`from`, `to`: whole UTC days, both included),
// shared by History, the dashboard and the audit log.

const DAY_MS = 86_400_000

export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))

const isDay = (value: unknown): value is string => daySchema.safeParse(value).success

/** The instants a day range covers: from the first day's start to the end of the last day. */
export function dayBounds(range: { from?: string; to?: string }): { gte?: Date; lt?: Date } {
  return {
    ...(range.from ? { gte: new Date(`${range.from}T00:00:00Z`) } : {}),
    ...(range.to ? { lt: new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS) } : {}),
  }
}

/** A range with defaults: `days` days up to `today` when the address says nothing. */
export function dayRangeOrLast(
  params: { from?: string | string[]; to?: string | string[] },
  today: Date,
  days: number,
): { fromDay: string; toDay: string; from: Date; until: Date } {
  const toDay = isDay(params.to) ? params.to : today.toISOString().slice(0, 10)
  const defaultFrom = new Date(Date.parse(toDay) - (days - 1) * DAY_MS).toISOString().slice(0, 10)
  let fromDay = isDay(params.from) ? params.from : defaultFrom
  if (fromDay > toDay) fromDay = toDay
  const bounds = dayBounds({ from: fromDay, to: toDay })
  return { fromDay, toDay, from: bounds.gte!, until: bounds.lt! }
}
