// The outcome loop: how soon an accept reaches the feed (measured over HTTP on the running app), and
// how fresh the read-back schedule keeps 100,000 live sessions under a budget of 600 reads a minute
// (simulated minute by minute with the schedule's own functions: the real thing would need days).
import { createDatabaseClient } from '@/lib/db/create-client'
import { FRESH_MS, hasExpired, nextReadAt } from '@/lib/outcomes/schedule'
import { callCreate, composeInput, type Caller } from './create'
import { percentile, report } from './measure'

const RELAYS = 40

/** The buyer's redirect through /r/success/… until the accept is in the rep's feed (its API). */
export async function benchRelayToFeed(caller: Caller, databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl)
  const samples: number[] = []
  try {
    for (let i = 0; i < RELAYS + 5; i += 1) {
      const input = await composeInput(db, `Bench relay ${i}`)
      const answer = await callCreate(caller, input)
      if (!answer.includes('"kind":"created"')) throw new Error(`create: ${answer.slice(-300)}`)
      const row = await db.salesnipSession.findUniqueOrThrow({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, salesnipId: true, relayed: true },
      })
      if (!row.relayed) throw new Error('the callbacks were not relayed')
      // The buyer pressed Accept in the sandbox chat.
      await db.sandboxSession.update({
        where: { id: row.salesnipId! },
        data: { status: 'COMPLETE' },
      })
      const started = performance.now()
      const back = await fetch(`${caller.baseUrl}/r/success/${row.salesnipId}`, {
        redirect: 'manual',
      })
      await back.arrayBuffer()
      for (;;) {
        const feed = (await (
          await fetch(`${caller.baseUrl}/api/activity`, { headers: { cookie: caller.cookie } })
        ).json()) as { events: { sessionId: string; kind: string }[] }
        if (feed.events.some((event) => event.sessionId === row.id && event.kind === 'accepted'))
          break
        if (performance.now() - started > 15_000)
          throw new Error('the accept never reached the feed')
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      if (i >= 5) samples.push(performance.now() - started) // 5 warm-ups
    }
  } finally {
    await db.$disconnect()
  }
  console.log(
    `outcomes: ${RELAYS} accepts, buyer's redirect to the event in the feed's API (the page polls it every second)`,
  )
  report('outcomes.relay_to_feed.p50_ms', percentile(samples, 50), 'ms')
  report('outcomes.relay_to_feed.p95_ms', percentile(samples, 95), 'ms')
}

type Simulated = { createdAt: number; lastRead: number; next: number }

/**
 * 100,000 live sessions created evenly over the last 30 days, new ones arriving at the same rate,
 * read minute by minute: the first hour's due sessions first, then the most overdue, at most
 * `budget` a minute, each then scheduled by `nextReadAt`. Measured over the second simulated day.
 */
export function benchReadSchedule(live = 100_000, budget = 600): void {
  const MINUTE = 60_000
  const EXPIRY_DAYS = 30
  const span = EXPIRY_DAYS * 24 * 60 * MINUTE
  const perMinute = live / (span / MINUTE)
  const start = Date.UTC(2026, 0, 1)
  const sessions: Simulated[] = []
  for (let i = 0; i < live; i += 1) {
    const createdAt = start - Math.floor((i / live) * span)
    sessions.push({ createdAt, lastRead: createdAt, next: start })
  }
  let arrivals = 0
  let freshMaxAge = 0
  let allMaxAge = 0
  let maxReads = 0
  let totalReads = 0
  const minutes = 2 * 24 * 60
  for (let minute = 0; minute < minutes; minute += 1) {
    const now = start + minute * MINUTE
    arrivals += perMinute
    // Created during the last minute, not read yet: due at once.
    for (; arrivals >= 1; arrivals -= 1) {
      const createdAt = now - Math.floor(Math.random() * MINUTE)
      sessions.push({ createdAt, lastRead: createdAt, next: createdAt })
    }
    // Ages as the round starts, before it reads: how stale the console's picture is at worst.
    if (minute >= minutes / 2) {
      for (const session of sessions) {
        if (session.next === Infinity) continue
        const age = now - session.lastRead
        if (now - session.createdAt < FRESH_MS) freshMaxAge = Math.max(freshMaxAge, age)
        allMaxAge = Math.max(allMaxAge, age)
      }
    }
    const due = sessions.filter((s) => s.next <= now && s.next !== Infinity)
    const fresh = (s: Simulated) => now - s.createdAt < FRESH_MS
    due.sort((a, b) => Number(fresh(b)) - Number(fresh(a)) || a.next - b.next)
    let reads = 0
    for (const session of due.slice(0, budget)) {
      const input = { now: new Date(now), lastActivityAt: new Date(session.createdAt) }
      if (hasExpired({ ...input, expiryDays: EXPIRY_DAYS })) {
        session.next = Infinity
        continue
      }
      session.lastRead = now
      session.next =
        nextReadAt({ ...input, status: 'active', expiryDays: EXPIRY_DAYS })?.getTime() ?? Infinity
      reads += 1
    }
    if (minute < minutes / 2) continue // the first day settles the schedule
    maxReads = Math.max(maxReads, reads)
    totalReads += reads
  }
  console.log(
    `outcomes: read-back schedule simulated over 48 h, ${live.toLocaleString('en')} live sessions, a budget of ${budget} reads a minute (figures from the second day)`,
  )
  report('outcomes.fresh_tier.max_age_s', freshMaxAge / 1000, 's')
  report('outcomes.all_live.max_age_s', allMaxAge / 1000, 's')
  report('outcomes.reads_per_minute.max', maxReads, 'reads')
  report('outcomes.reads_per_minute.mean', totalReads / (minutes / 2), 'reads')
  report('outcomes.reads_per_minute.budget', budget, 'reads')
}
