import 'server-only'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { dueForReading, expireSession, postponeRead } from './data'
import { refreshOutcome } from './refresh'
import { FRESH_MS, hasExpired, retryAfterFailure } from './schedule'
import type { Connection } from '@/lib/settings/connection-data'

// Keeps every live session's outcome fresh within SaleSnip's read budget: once a minute a job
// (lib/jobs: one at a time across instances) reads the sessions the schedule
// says are due, most overdue first, at most SALESNIP_READS_PER_MINUTE of them, spread over the
// minute a few at a time. Quiet sessions expire instead of being read. A 429 ends the round early
// (the rest stay due and go first next minute); another failure puts that session back a while.

const EVERY_MS = 60_000
/** Reads in flight at once: SaleSnip's latency, not our CPU, limits a round. */
const PARALLEL = 4
/** Failures in a row after which the round stops: SaleSnip is struggling, slow down. */
const GIVE_UP_AFTER = 5

export type RoundReport = { read: number; expired: number; failed: number; stoppedEarly: boolean }

type RoundOptions = { budget?: number; spreadMs?: number; connection?: Connection }

export async function refreshStaleOutcomes(options: RoundOptions = {}): Promise<number> {
  return (await readRound(options)).read
}

/** One round of the schedule (the job 'outcomes-read-round'); returns what it did. */
export async function readRound(options: RoundOptions = {}): Promise<RoundReport> {
  const report: RoundReport = { read: 0, expired: 0, failed: 0, stoppedEarly: false }
  const budget = options.budget ?? env.SALESNIP_READS_PER_MINUTE
  const spreadMs = options.spreadMs ?? EVERY_MS - 10_000
  const now = new Date()
  const due = await dueForReading(now, budget, FRESH_MS)
  // Starts spaced so a full budget spreads over the minute, not in one burst.
  const gapMs = (spreadMs / Math.max(budget, 1)) * PARALLEL
  let failuresInARow = 0
  let next = 0
  async function worker() {
    while (next < due.length && !report.stoppedEarly) {
      const session = due[next++]!
      const lastActivityAt = session.lastActivityAt ?? session.createdAt
      if (hasExpired({ now, lastActivityAt, expiryDays: env.SESSION_EXPIRY_DAYS })) {
        if (await expireSession(session.id, session.status)) report.expired += 1
        continue
      }
      const started = Date.now()
      const result = await refreshOutcome(session.id, {
        connection: options.connection,
        timeoutMs: 5_000,
        retries: 0,
      })
      if (result.kind === 'failed') {
        report.failed += 1
        failuresInARow += 1
        if (result.rateLimited || failuresInARow >= GIVE_UP_AFTER) report.stoppedEarly = true
        else await postponeRead(session.id, retryAfterFailure(new Date(), 2))
      } else {
        failuresInARow = 0
        if (result.kind === 'refreshed') report.read += 1
      }
      const wait = gapMs - (Date.now() - started)
      if (wait > 0 && next < due.length) await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  if (report.stoppedEarly) log.warn(report, 'read-back round stopped early: SaleSnip pushed back')
  return report
}
