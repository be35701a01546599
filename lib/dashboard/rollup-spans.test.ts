import { describe, expect, it } from 'vitest'
import { rollupSpans } from './rollup-spans'

describe('rollupSpans', () => {
  it('reads a range within one month, or not covering one whole, as days', () => {
    expect(rollupSpans('2026-11-03', '2026-11-29')).toEqual({
      days: [{ gte: '2026-11-03', lte: '2026-11-29' }],
      months: null,
    })
    expect(rollupSpans('2026-10-15', '2026-11-14')).toEqual({
      days: [{ gte: '2026-10-15', lte: '2026-11-14' }],
      months: null,
    })
    expect(rollupSpans('2026-11-02', '2026-11-30').months).toBeNull()
  })

  it('reads whole months as months, and only the days at either end as days', () => {
    expect(rollupSpans('2025-12-07', '2026-12-07')).toEqual({
      days: [
        { gte: '2025-12-07', lte: '2025-12-31' },
        { gte: '2026-12-01', lte: '2026-12-07' },
      ],
      months: { gte: '2026-01', lte: '2026-11' },
    })
    expect(rollupSpans('2026-11-01', '2026-11-30')).toEqual({
      days: [],
      months: { gte: '2026-11', lte: '2026-11' },
    })
    // February of a leap year ends on the 29th; the range's last day is the month's.
    expect(rollupSpans('2028-02-01', '2028-02-29')).toEqual({
      days: [],
      months: { gte: '2028-02', lte: '2028-02' },
    })
    expect(rollupSpans('2028-01-31', '2028-03-01')).toEqual({
      days: [
        { gte: '2028-01-31', lte: '2028-01-31' },
        { gte: '2028-03-01', lte: '2028-03-01' },
      ],
      months: { gte: '2028-02', lte: '2028-02' },
    })
  })

  it('covers every day of a range exactly once', () => {
    const DAY = 86_400_000
    const start = Date.parse('2025-01-01')
    for (let from = 0; from < 400; from += 7) {
      for (const length of [1, 27, 31, 59, 90, 366]) {
        const first = new Date(start + from * DAY).toISOString().slice(0, 10)
        const last = new Date(start + (from + length - 1) * DAY).toISOString().slice(0, 10)
        const { days, months } = rollupSpans(first, last)
        const covered: string[] = []
        for (const span of days)
          for (let day = Date.parse(span.gte); day <= Date.parse(span.lte); day += DAY)
            covered.push(new Date(day).toISOString().slice(0, 10))
        for (let day = Date.parse(first); day <= Date.parse(last); day += DAY) {
          const text = new Date(day).toISOString().slice(0, 10)
          const month = text.slice(0, 7)
          if (months && month >= months.gte && month <= months.lte) covered.push(text)
        }
        // Whole months only: a month read is inside the range from its 1st to its last day.
        if (months) {
          expect(`${months.gte}-01` >= first).toBe(true)
          const afterLast = new Date(Date.parse(`${months.lte}-01`))
          afterLast.setUTCMonth(afterLast.getUTCMonth() + 1)
          expect(new Date(afterLast.getTime() - DAY).toISOString().slice(0, 10) <= last).toBe(true)
        }
        expect(covered.sort()).toEqual(
          Array.from({ length }, (_, i) =>
            new Date(Date.parse(first) + i * DAY).toISOString().slice(0, 10),
          ),
        )
      }
    }
  })
})
