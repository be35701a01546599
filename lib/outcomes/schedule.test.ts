import { describe, expect, it } from 'vitest'
import { hasExpired, nextReadAt, retryAfterFailure } from './schedule'

const now = new Date('2026-11-29T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)
const MIN = 60_000
const in_ = (date: Date | null) => (date ? (date.getTime() - now.getTime()) / MIN : null)

describe('the read-back schedule', () => {
  it('reads a fresh session every minute, then less and less as it stays quiet', () => {
    const next = (quietMs: number) =>
      in_(nextReadAt({ now, status: 'active', lastActivityAt: ago(quietMs), expiryDays: 30 }))
    expect(next(5 * MIN)).toBe(1)
    expect(next(3 * 60 * MIN)).toBe(15)
    expect(next(3 * 24 * 60 * MIN)).toBe(120)
    expect(next(20 * 24 * 60 * MIN)).toBe(24 * 60)
  })

  it('never reads settled or expired sessions', () => {
    for (const status of ['complete', 'failed', 'unknown', 'expired', 'pending'])
      expect(nextReadAt({ now, status, lastActivityAt: now, expiryDays: 30 })).toBeNull()
    const quiet = ago(31 * 24 * 60 * MIN)
    expect(hasExpired({ now, lastActivityAt: quiet, expiryDays: 30 })).toBe(true)
    expect(nextReadAt({ now, status: 'opened', lastActivityAt: quiet, expiryDays: 30 })).toBeNull()
  })

  it('backs off after failures, doubling, at most a day', () => {
    expect(in_(retryAfterFailure(now, 1))).toBe(2)
    expect(in_(retryAfterFailure(now, 3))).toBe(8)
    expect(in_(retryAfterFailure(now, 40))).toBe(24 * 60)
  })
})
