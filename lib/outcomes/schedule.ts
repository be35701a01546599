import { LIVE_STATUSES } from '@/lib/sessions/status'

// The read-back schedule: how soon a live session is read from SaleSnip again, by how long ago
// something last happened to it (created, opened, a price moved, the buyer came back). A fresh
// session is read every minute in its first hour, then less and less; after `expiryDays` without
// activity it expires and is never read again. Accepted, failed and expired sessions are settled.
// Sized so 100,000 live sessions (about 140 new an hour) need about 570 reads a minute: under a
// budget of 600 (see `npm run bench`, outcomes.*). The round reads the first hour's first.

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const READ_TIERS = [
  { name: 'first hour', under: HOUR, every: MINUTE },
  { name: 'first day', under: DAY, every: 15 * MINUTE },
  { name: 'first week', under: 7 * DAY, every: 2 * HOUR },
  { name: 'older', under: Number.POSITIVE_INFINITY, every: DAY },
] as const

export const isLive = (status: string) => (LIVE_STATUSES as readonly string[]).includes(status)

export function readEvery(quietMs: number): number {
  return READ_TIERS.find((tier) => quietMs < tier.under)!.every
}

/** When to read a session next; null when it is settled (or has just expired). */
export function nextReadAt(input: {
  now: Date
  status: string
  lastActivityAt: Date
  expiryDays: number
}): Date | null {
  if (!isLive(input.status) || hasExpired(input)) return null
  const quiet = input.now.getTime() - input.lastActivityAt.getTime()
  return new Date(input.now.getTime() + readEvery(quiet))
}

export function hasExpired(input: { now: Date; lastActivityAt: Date; expiryDays: number }) {
  return input.now.getTime() - input.lastActivityAt.getTime() > input.expiryDays * DAY
}

/** After a failed read: later, doubling with each failure in a row, at most a day. */
export function retryAfterFailure(now: Date, failures: number): Date {
  return new Date(now.getTime() + Math.min(DAY, MINUTE * 2 ** Math.min(failures, 11)))
}

/** Sessions active within this long are read before any other due session. */
export const FRESH_MS = HOUR
