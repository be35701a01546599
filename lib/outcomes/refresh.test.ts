import { rmSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

// Reading a negotiation back from a fake SaleSnip over real HTTP, into a real database.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-refresh-outcome-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import type { Member } from '@/lib/auth/current-member'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import type { Connection } from '@/lib/settings/connection-data'
import { startFakeSalesnip } from '@/lib/testing/fake-salesnip'
import { oneLineComposition } from '@/lib/testing/compose-form'
import type { ComposeForm } from '@/lib/compose/schema'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import { refreshStaleOutcomes } from './background-refresh'
import { refreshOutcome } from './refresh'

let fake: Awaited<ReturnType<typeof startFakeSalesnip>>
let connection: Connection
const members: Record<'rep' | 'manager', Member> = {} as never
let templateId = ''

beforeAll(async () => {
  // The client logs one line per call; 100 of them say nothing here.
  vi.spyOn(console, 'info').mockImplementation(() => {})
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  for (const role of ['rep', 'manager'] as const) {
    const user = await db.user.findFirstOrThrow({ where: { role } })
    members[role] = { id: user.id, name: user.name, email: user.email, role }
  }
  templateId = (await db.template.findUniqueOrThrow({ where: { productId: 'pro-monthly' } })).id
  fake = await startFakeSalesnip()
  connection = fake.connection
})
afterAll(async () => {
  await fake.close()
  await db.$disconnect()
  rmSync(databaseFile, { force: true })
})
beforeEach(async () => {
  fake.state.behaviour = 'created'
  fake.state.received = []
  await db.rateLimitBucket.deleteMany()
})

function form(overrides: Partial<ComposeForm> = {}, floor = '79'): ComposeForm {
  return oneLineComposition(
    { templateId, opening: '99', floor },
    { buyer: { name: 'Ada Buyer', email: '', company: 'Acme', dealReference: '' }, ...overrides },
  )
}

const create = (
  value: ComposeForm,
  member = members.rep,
  limitPerMinute = 1_000,
  using: Connection = connection,
) => createSessionFromForm(value, member, { connection: using, limitPerMinute, waitMs: 15_000 })

describe('reading a negotiation back', () => {
  it('reads the negotiation back: agreed prices, discount, accepted templates; once a minute in the background', async () => {
    const value = form()
    const created = await create(value)
    if (created.kind !== 'created') throw new Error(created.kind)
    fake.state.readBackStatus = 'ACTIVE'
    expect(await refreshOutcome(created.session.id, { connection })).toEqual({
      kind: 'refreshed',
      status: 'active',
    })
    let row = await db.salesnipSession.findUniqueOrThrow({
      where: { id: created.session.id },
      include: { templates: true },
    })
    expect(row).toMatchObject({ status: 'active', outcomeStatus: 'ACTIVE' })
    expect(row.templates.every((link) => !link.accepted)).toBe(true)

    fake.state.readBackStatus = 'COMPLETE'
    await refreshOutcome(created.session.id, { connection })
    row = await db.salesnipSession.findUniqueOrThrow({
      where: { id: created.session.id },
      include: { templates: true },
    })
    // 90 × 2 + 45 agreed; the main product 90 against 99: 9.09 % off.
    expect(row).toMatchObject({ status: 'complete', agreedTotalMinor: 22_500n, discountBp: 909 })
    expect(row.templates.filter((link) => link.accepted)).toHaveLength(2) // the plan and its upsell

    // The same key replayed after completion still returns the created session.
    expect((await create(value)).kind).toBe('created')

    // The background refresh: one instance a minute takes the lease; the others do nothing.
    await create(form()) // a session never read back yet
    await db.rateLimitBucket.deleteMany()
    expect(await refreshStaleOutcomes()).toBeGreaterThan(0)
    expect(await refreshStaleOutcomes()).toBe(0)
  })
})
