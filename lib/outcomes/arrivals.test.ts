import { describe, expect, it, vi } from 'vitest'

// The outcome loop without SaleSnip's help: relayed callbacks and short-link opens, into a real
// database, with a fake SaleSnip over HTTP confirming an accept.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-arrivals-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { readFeed } from '@/lib/activity/data'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import { recordOpen } from './arrivals-data'
import { relayArrival } from './relay'
import { readRound } from './background-refresh'

const h = setUpCreateHarness(databaseFile)
const BASE = 'https://studio.example.com'

async function createRelayed(callbacks = { success: '', cancel: '' }) {
  const created = await createSessionFromForm(h.form({ callbacks }), h.members.rep, {
    connection: h.connection,
    limitPerMinute: 1_000,
    links: { relayBase: BASE, shortLinkBase: BASE },
  })
  if (created.kind !== 'created') throw new Error(created.kind)
  const row = await db.salesnipSession.findUniqueOrThrow({
    where: { id: created.session.id },
    include: { payload: true },
  })
  return { created, row }
}

describe('the callback relay', () => {
  it("sends SaleSnip the console's callbacks and keeps the rep's as destinations", async () => {
    const { created, row } = await createRelayed({
      success: 'https://shop.example.com/thanks?s={SESSION_ID}',
      cancel: '',
    })
    const sent = JSON.parse(h.fake.state.received.at(-1)!) as { callbacks: unknown }
    expect(sent.callbacks).toEqual({
      success: `${BASE}/r/success/{SESSION_ID}`,
      cancel: `${BASE}/r/cancel/{SESSION_ID}`,
    })
    expect(row.payload?.requestBody).toBe(h.fake.state.received.at(-1))
    expect(row).toMatchObject({
      relayed: true,
      successUrl: 'https://shop.example.com/thanks?s={SESSION_ID}',
      cancelUrl: null,
    })
    // The link to share is the console's short link.
    expect(created.session.url).toBe(`${BASE}/l/${row.linkCode}`)
    expect(row.linkCode).toMatch(/^[\w-]{12}$/)
  })

  it('a cancel is recorded at once, with an event for the rep; the buyer goes to the stored address', async () => {
    const { row } = await createRelayed({ success: '', cancel: 'https://shop.example.com/bye' })
    const answer = await relayArrival('cancel', row.salesnipId!)
    expect(answer).toMatchObject({ kind: 'redirect', to: 'https://shop.example.com/bye' })
    const after = await db.salesnipSession.findUniqueOrThrow({ where: { id: row.id } })
    expect(after.status).toBe('cancelled')
    const feed = await readFeed(h.members.rep)
    expect(feed.events[0]).toMatchObject({
      sessionId: row.id,
      kind: 'cancelled',
      text: 'Acme cancelled',
    })
    // A second arrival records nothing more.
    await relayArrival('cancel', row.salesnipId!)
    expect(await db.activityEvent.count({ where: { sessionId: row.id } })).toBe(1)
  })

  it('a success counts only once SaleSnip confirms it', async () => {
    const { row } = await createRelayed()
    h.fake.state.readBackStatus = 'ACTIVE'
    const claimed = await relayArrival('success', row.salesnipId!, { connection: h.connection })
    expect(claimed.kind).toBe('done')
    if (claimed.kind !== 'done') return
    await claimed.confirm!()
    expect((await db.salesnipSession.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(
      'active',
    )

    h.fake.state.readBackStatus = 'COMPLETE'
    const confirmed = await relayArrival('success', row.salesnipId!, { connection: h.connection })
    if (confirmed.kind !== 'done') throw new Error(confirmed.kind)
    await confirmed.confirm!()
    const after = await db.salesnipSession.findUniqueOrThrow({ where: { id: row.id } })
    expect(after.status).toBe('complete')
    const events = await db.activityEvent.findMany({ where: { sessionId: row.id } })
    expect(events.map((event) => event.text)).toEqual([
      'Acme accepted Pro (monthly) at $225.00 (−9.1 %)',
    ])
  })

  it('an unknown or forged id records nothing and redirects nowhere', async () => {
    const before = await db.activityEvent.count()
    expect(await relayArrival('cancel', 'session_does_not_exist')).toEqual({ kind: 'unknown' })
    expect(await relayArrival('success', '../../evil.example.com')).toEqual({ kind: 'unknown' })
    expect(await db.activityEvent.count()).toBe(before)
  })

  it('a session not created with the relay ignores the relay addresses', async () => {
    const created = await h.create(h.form())
    if (created.kind !== 'created') throw new Error(created.kind)
    expect(await relayArrival('cancel', created.session.salesnipId)).toEqual({ kind: 'unknown' })
  })
})

describe('short-link opens', () => {
  it('the first open makes a sent session opened; every open is counted; bots are not', async () => {
    const { row } = await createRelayed()
    await recordOpen(row.id, 'bot')
    await recordOpen(row.id, 'phone')
    await recordOpen(row.id, 'desktop')
    const after = await db.salesnipSession.findUniqueOrThrow({ where: { id: row.id } })
    expect(after).toMatchObject({ status: 'opened', openCount: 2 })
    expect(after.firstOpenedAt).not.toBeNull()
    expect(await db.sessionOpen.count({ where: { sessionId: row.id } })).toBe(3)
    const events = await db.activityEvent.findMany({ where: { sessionId: row.id } })
    expect(events.map((event) => event.text)).toEqual(['Acme opened the link'])
  })
})

describe('the read-back schedule', () => {
  it("reads at most the budget, the first hour's sessions first; a quiet session expires instead, and is never read again", async () => {
    await db.salesnipSession.updateMany({ data: { nextReadAt: null } })
    const made = [] as string[]
    for (let i = 0; i < 5; i += 1) made.push((await createRelayed()).row.id)
    const [quiet, ...fresh] = made
    const longAgo = new Date(Date.now() - 40 * 24 * 3_600_000)
    await db.salesnipSession.update({
      where: { id: quiet },
      data: { lastActivityAt: longAgo, nextReadAt: longAgo },
    })
    h.fake.state.readBackStatus = 'ACTIVE'
    await db.rateLimitBucket.deleteMany()
    const readsBefore = h.fake.state.reads
    // The quiet one is the most overdue, but the fresh ones go first: the budget takes 3 of them.
    const first = await readRound({ budget: 3, spreadMs: 0, connection: h.connection })
    expect(first).toMatchObject({ expired: 0, read: 3, failed: 0 })
    expect(h.fake.state.reads - readsBefore).toBe(3)
    const notYet = await db.salesnipSession.findMany({
      where: { id: { in: fresh }, nextReadAt: { lte: new Date() } },
    })
    expect(notYet).toHaveLength(1) // read next round; the 3 read are due again in a minute

    await db.rateLimitBucket.deleteMany()
    const second = await readRound({ budget: 3, spreadMs: 0, connection: h.connection })
    expect(second).toMatchObject({ expired: 1, read: 1 })
    const expired = await db.salesnipSession.findUniqueOrThrow({ where: { id: quiet } })
    expect(expired).toMatchObject({ status: 'expired', nextReadAt: null })
    const events = await db.activityEvent.findMany({ where: { sessionId: quiet } })
    expect(events.map((event) => event.text)).toEqual(["Acme's link expired without an answer"])
  })
})

describe('the dashboard funnel', () => {
  it('counts what the console learned: opened, accepted (with the time it took), cancelled, expired', async () => {
    const { readDashboard } = await import('@/lib/dashboard/data')
    const figures = await readDashboard({
      from: new Date(Date.now() - 86_400_000),
      until: new Date(Date.now() + 86_400_000),
    })
    const count = (status: string) => db.salesnipSession.count({ where: { status } })
    const rep = figures.perRep.find((row) => row.repId === h.members.rep.id)!
    expect(rep.cancelled).toBe(await count('cancelled'))
    expect(rep.expired).toBe(await count('expired'))
    expect(rep.complete).toBe(await count('complete'))
    // Opened: followed links, plus sessions the buyer answered (which needs the chat open).
    const opened = await db.salesnipSession.count({
      where: {
        OR: [{ firstOpenedAt: { not: null } }, { status: { in: ['complete', 'cancelled'] } }],
      },
    })
    expect(figures.opened).toBe(opened)
    expect(figures.opened).toBeGreaterThanOrEqual(3)
    expect(figures.medianAcceptSeconds).not.toBeNull()
  })
})
