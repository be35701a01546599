import { describe, expect, it, vi } from 'vitest'

// Reading a negotiation back from a fake SaleSnip over real HTTP, into a real database.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-refresh-outcome-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { refreshStaleOutcomes } from './background-refresh'
import { refreshOnRequest, refreshOutcome } from './refresh'

const h = setUpCreateHarness(databaseFile)

describe('reading a negotiation back', () => {
  it('reads the negotiation back: agreed prices, discount, accepted templates; once a minute in the background', async () => {
    const value = h.form()
    const created = await h.create(value)
    if (created.kind !== 'created') throw new Error(created.kind)
    h.fake.state.readBackStatus = 'ACTIVE'
    expect(await refreshOutcome(created.session.id, { connection: h.connection })).toEqual({
      kind: 'refreshed',
      status: 'active',
    })
    let row = await db.salesnipSession.findUniqueOrThrow({
      where: { id: created.session.id },
      include: { templates: true },
    })
    expect(row).toMatchObject({ status: 'active', outcomeStatus: 'ACTIVE' })
    expect(row.templates.every((link) => !link.accepted)).toBe(true)

    h.fake.state.readBackStatus = 'COMPLETE'
    await refreshOutcome(created.session.id, { connection: h.connection })
    row = await db.salesnipSession.findUniqueOrThrow({
      where: { id: created.session.id },
      include: { templates: true },
    })
    // 90 × 2 + 45 agreed; the main product 90 against 99: 9.09 % off.
    expect(row).toMatchObject({ status: 'complete', agreedTotalMinor: 22_500n, discountBp: 909 })
    expect(row.templates.filter((link) => link.accepted)).toHaveLength(2) // the plan and its upsell

    // The same key replayed after completion still returns the created session.
    expect((await h.create(value)).kind).toBe('created')

    // The background refresh: one instance a minute takes the lease; the others do nothing.
    await h.create(h.form()) // a session never read back yet
    await db.rateLimitBucket.deleteMany()
    expect(await refreshStaleOutcomes({ connection: h.connection })).toBeGreaterThan(0)
    expect(await refreshStaleOutcomes({ connection: h.connection })).toBe(0)
  })
})

describe('refresh on request', () => {
  it('fifty Refresh clicks on one session read SaleSnip once', async () => {
    const created = await h.create(h.form())
    if (created.kind !== 'created') throw new Error(created.kind)
    const readsBefore = h.fake.state.reads
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        refreshOnRequest(created.session.id, { connection: h.connection }),
      ),
    )
    expect(h.fake.state.reads - readsBefore).toBe(1)
    expect(results.filter((result) => result.kind === 'refreshed')).toHaveLength(1)
    expect(results.filter((result) => result.kind === 'throttled')).toHaveLength(49)
  })
})
