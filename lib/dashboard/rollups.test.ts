import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The dashboard reads daily rollups that database triggers keep. Whatever is written to the
// sessions (created in bulk, opened, accepted, cancelled, re-read with new figures, moved to
// another rep, deleted), the figures must equal the ones counted from the sessions themselves.

// On SQLite here; `npm test` runs this file once more on its PostgreSQL (TEST_POSTGRES_URL), whose
// triggers are written apart.
const databaseUrl = vi.hoisted(() => {
  const url = process.env.TEST_POSTGRES_URL ?? `file:./data/test-rollups-${process.pid}.db`
  process.env.DATABASE_URL = url
  return url
})
const kind = databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres'

import { db } from '@/lib/db/client'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { seedHistory } from '@/lib/history/seed-history-data'
import { ANSWERED_STATUSES, CREATED_STATUSES } from '@/lib/sessions/status'
import { medianOfBuckets, readDashboard } from './data'

const DAY = 86_400_000

beforeAll(async () => {
  await migrateDatabase(databaseUrl)
  await seedIfEmpty(db, { kind, withDemoData: true })
  await seedHistory(databaseUrl, 800, () => {})
})
afterAll(async () => {
  await db.$disconnect()
  if (kind === 'sqlite') removeSqliteFiles(databaseUrl)
})

/** The dashboard's figures counted from the sessions themselves, as the dashboard once did. */
async function countedFromSessions(from: Date, until: Date) {
  const createdAt = { gte: from, lt: until }
  const sessions = await db.salesnipSession.findMany({
    where: { createdAt },
    select: {
      createdById: true,
      status: true,
      currency: true,
      firstOpenedAt: true,
      agreedTotalMinor: true,
      discountBp: true,
    },
  })
  const is = (list: readonly string[], status: string) => list.includes(status)
  const complete = sessions.filter((s) => s.status === 'complete')
  const discounts = complete.filter((s) => s.discountBp !== null).map((s) => s.discountBp!)
  const perRep = new Map<string, { created: number; opened: number; complete: number }>()
  for (const s of sessions) {
    const rep = perRep.get(s.createdById) ?? { created: 0, opened: 0, complete: 0 }
    if (is(CREATED_STATUSES, s.status)) rep.created += 1
    if (s.firstOpenedAt || is(ANSWERED_STATUSES, s.status)) rep.opened += 1
    if (s.status === 'complete') rep.complete += 1
    perRep.set(s.createdById, rep)
  }
  const revenue = new Map<string, number>()
  for (const s of complete)
    revenue.set(s.currency, (revenue.get(s.currency) ?? 0) + Number(s.agreedTotalMinor ?? 0))
  const links = await db.salesnipSessionTemplate.groupBy({
    by: ['templateId'],
    where: { createdAt, accepted: true },
    _count: { _all: true },
  })
  return {
    created: sessions.filter((s) => is(CREATED_STATUSES, s.status)).length,
    complete: complete.length,
    cancelled: sessions.filter((s) => s.status === 'cancelled').length,
    opened: [...perRep.values()].reduce((sum, rep) => sum + rep.opened, 0),
    averageDiscountBp: discounts.length
      ? Math.round(discounts.reduce((a, b) => a + b, 0) / discounts.length)
      : null,
    revenue: Object.fromEntries([...revenue].sort(([a], [b]) => a.localeCompare(b))),
    perRep: Object.fromEntries(perRep),
    accepted: Object.fromEntries(links.map((row) => [row.templateId, row._count._all])),
  }
}

async function expectRollupsTrue(days: number) {
  const until = new Date(Date.parse(new Date().toISOString().slice(0, 10)) + DAY)
  const from = new Date(until.getTime() - days * DAY)
  const figures = await readDashboard({ from, until })
  const counted = await countedFromSessions(from, until)
  expect(figures).toMatchObject({
    created: counted.created,
    complete: counted.complete,
    cancelled: counted.cancelled,
    opened: counted.opened,
    averageDiscountBp: counted.averageDiscountBp,
  })
  expect(
    Object.fromEntries(figures.revenueByCurrency.map((row) => [row.currency, row.agreedMinor])),
  ).toEqual(counted.revenue)
  expect(
    Object.fromEntries(
      figures.perRep.map(({ repId, created, opened, complete }) => [
        repId,
        { created, opened, complete },
      ]),
    ),
  ).toEqual(counted.perRep)
  // The ten most accepted templates, each with its own count.
  for (const row of figures.topAccepted) expect(row.accepted).toBe(counted.accepted[row.templateId])
  expect(figures.topAccepted).toHaveLength(Math.min(10, Object.keys(counted.accepted).length))
}

describe('the dashboard rollups', () => {
  it('match the seeded sessions, over 30 days, 75 and a year (whole months and days either side)', async () => {
    await expectRollupsTrue(30)
    await expectRollupsTrue(75)
    await expectRollupsTrue(366)
  })

  it('follow every later write: opens, outcomes, a new rep, accepted templates, deletes', async () => {
    const sessions = await db.salesnipSession.findMany({
      orderBy: { createdAt: 'desc' },
      take: 60,
      select: { id: true, createdAt: true },
    })
    const [other] = await db.user.findMany({ where: { role: 'manager' }, select: { id: true } })
    for (const [i, { id, createdAt }] of sessions.entries()) {
      const data = [
        { firstOpenedAt: new Date(), status: 'opened' },
        {
          status: 'complete',
          agreedTotalMinor: 12_345n + BigInt(i),
          discountBp: 250 + i,
          acceptedAt: new Date(createdAt.getTime() + (i + 1) * 60_000),
        },
        { status: 'cancelled', agreedTotalMinor: null, discountBp: null },
        { createdById: other!.id, currency: 'GBP' },
        { status: 'expired', firstOpenedAt: null, acceptedAt: null },
      ][i % 5]!
      await db.salesnipSession.update({ where: { id }, data })
    }
    await db.salesnipSessionTemplate.updateMany({
      where: { sessionId: { in: sessions.slice(0, 20).map((s) => s.id) } },
      data: { accepted: true },
    })
    await db.salesnipSessionTemplate.updateMany({
      where: { sessionId: { in: sessions.slice(20, 40).map((s) => s.id) } },
      data: { accepted: false },
    })
    await db.salesnipSession.deleteMany({
      where: { id: { in: sessions.slice(40, 50).map((s) => s.id) } },
    })
    await expectRollupsTrue(30)
    await expectRollupsTrue(75)
    await expectRollupsTrue(366)
  })

  it('keep each month the sum of its days', async () => {
    const days = await db.sessionDayRollup.findMany()
    const months = new Map<string, number>()
    for (const row of days) {
      const key = [row.day.slice(0, 7), row.createdById, row.status, row.currency, row.opened]
      months.set(key.join(' '), (months.get(key.join(' ')) ?? 0) + row.sessions)
    }
    const kept = await db.sessionMonthRollup.findMany()
    expect(kept.length).toBeGreaterThan(10)
    const keys = new Set(
      kept.map((row) =>
        [row.month, row.createdById, row.status, row.currency, row.opened].join(' '),
      ),
    )
    for (const [key, sessions] of months) if (sessions) expect(keys).toContain(key)
    for (const row of kept) {
      const key = [row.month, row.createdById, row.status, row.currency, row.opened].join(' ')
      expect({ key, sessions: row.sessions }).toEqual({ key, sessions: months.get(key) ?? 0 })
    }
  })

  it('give the median time to accept within 2.5 % of the exact one', async () => {
    const accepted = await db.salesnipSession.findMany({
      where: { acceptedAt: { not: null } },
      select: { acceptedAt: true, createdAt: true },
    })
    const seconds = accepted
      .map((row) => (row.acceptedAt!.getTime() - row.createdAt.getTime()) / 1000)
      .sort((a, b) => a - b)
    expect(seconds.length).toBeGreaterThan(5)
    const middle = seconds.length / 2
    const exact =
      seconds.length % 2
        ? seconds[Math.floor(middle)]!
        : (seconds[middle - 1]! + seconds[middle]!) / 2
    const until = new Date(Date.now() + DAY)
    const { medianAcceptSeconds } = await readDashboard({
      from: new Date(until.getTime() - 400 * DAY),
      until,
    })
    expect(Math.abs(medianAcceptSeconds! - exact) / exact).toBeLessThan(0.03)
  })

  it('reads a median from buckets: none, one, and an even split between two', () => {
    expect(medianOfBuckets([])).toBeNull()
    expect(medianOfBuckets([{ bucket: 100, count: 3 }])).toBe(Math.round(Math.exp(5) - 1))
    const split = medianOfBuckets([
      { bucket: 100, count: 1 },
      { bucket: 140, count: 1 },
    ])
    expect(split).toBe(Math.round((Math.exp(5) - 1 + Math.exp(7) - 1) / 2))
  })
})
