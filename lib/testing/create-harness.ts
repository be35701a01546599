import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import type { Member } from '@/lib/auth/current-member'
import type { ComposeForm } from '@/lib/compose/schema'
import { db } from '@/lib/db/client'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import type { Connection } from '@/lib/settings/connection-data'
import { oneLineComposition } from './compose-form'
import { startFakeSalesnip } from './fake-salesnip'

/**
 * For tests of the create and the read-back: a migrated, seeded database in `databaseFile` (the
 * test file points DATABASE_URL at it first, in vi.hoisted) and a fake SaleSnip over real HTTP.
 */
type Harness = {
  fake: Awaited<ReturnType<typeof startFakeSalesnip>>
  connection: Connection
  members: Record<'rep' | 'manager', Member>
  templateId: string
  form: (overrides?: Partial<ComposeForm>, floor?: string) => ComposeForm
  create: (
    value: ComposeForm,
    member?: Member,
    limitPerMinute?: number,
    using?: Connection,
  ) => ReturnType<typeof createSessionFromForm>
}

export function setUpCreateHarness(databaseFile: string): Harness {
  const harness: Harness = {
    fake: undefined as never,
    connection: undefined as never,
    members: {} as Harness['members'],
    templateId: '',
    /** A one-line composition of Pro (monthly) for Ada Buyer of Acme. */
    form(overrides = {}, floor = '79') {
      return oneLineComposition(
        { templateId: harness.templateId, opening: '99', floor },
        {
          buyer: { name: 'Ada Buyer', email: '', company: 'Acme', dealReference: '' },
          ...overrides,
        },
      )
    },
    create(
      value,
      member = harness.members.rep,
      limitPerMinute = 1_000,
      using = harness.connection,
    ) {
      return createSessionFromForm(value, member, {
        connection: using,
        limitPerMinute,
        waitMs: 15_000,
      })
    },
  }
  beforeAll(async () => {
    // The client logs one line per call; 100 of them say nothing here.
    vi.spyOn(console, 'info').mockImplementation(() => {})
    await migrateDatabase(`file:./${databaseFile}`)
    await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
    for (const role of ['rep', 'manager'] as const) {
      const user = await db.user.findFirstOrThrow({ where: { role } })
      harness.members[role] = { id: user.id, name: user.name, email: user.email, role }
    }
    harness.templateId = (
      await db.template.findUniqueOrThrow({ where: { productId: 'pro-monthly' } })
    ).id
    harness.fake = await startFakeSalesnip()
    harness.connection = harness.fake.connection
  })
  afterAll(async () => {
    await harness.fake.close()
    await db.$disconnect()
    removeSqliteFiles(`file:./${databaseFile}`)
  })
  beforeEach(async () => {
    harness.fake.state.behaviour = 'created'
    harness.fake.state.received = []
    await db.rateLimitBucket.deleteMany()
  })
  return harness
}
