// The dashboard's date range from the address: whole UTC days, the last 30 by default.

const DAY_MS = 86_400_000
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

export function dashboardRange(
  params: { from?: string | string[]; to?: string | string[] },
  today: Date,
): { fromDay: string; toDay: string; from: Date; until: Date } {
  const todayDay = today.toISOString().slice(0, 10)
  const toDay = isDay(params.to) ? params.to : todayDay
  const defaultFrom = new Date(Date.parse(toDay) - 29 * DAY_MS).toISOString().slice(0, 10)
  let fromDay = isDay(params.from) ? params.from : defaultFrom
  if (fromDay > toDay) fromDay = toDay
  return {
    fromDay,
    toDay,
    from: new Date(`${fromDay}T00:00:00Z`),
    until: new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS),
  }
}
