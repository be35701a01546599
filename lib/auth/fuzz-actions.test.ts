import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Every server action, fuzzed: generated malformed inputs (anything at all, and valid inputs with a
// field replaced by anything) as each role and with no session. Never an unexpected error (the
// generic "something went wrong", a 500's equivalent) and never a row written by a refused or
// invalid call: the app's database connection counts every change it makes (total_changes()).

const databaseFile = vi.hoisted(() => {
  const file = `data/test-fuzz-actions-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))
vi.mock('next/navigation', () => ({ redirect: vi.fn() }))
vi.mock('@/lib/auth/current-member', () => ({ getMember: vi.fn() }))

import { removeSqliteFiles } from '@/lib/db/create-client'
import { getMember } from '@/lib/auth/current-member'
import { ROLES } from '@/lib/auth/roles'
import { db as appDb } from '@/lib/db/client'
import { createDatabaseClient } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { GENERIC_ERROR_MESSAGE } from '@/lib/errors'
import { gatedEntries } from '@/lib/testing/role-matrix-entries'
import { fixturesFor } from '@/lib/testing/role-matrix-fixtures'

type ActionResult = { data?: unknown; serverError?: string; validationErrors?: unknown }
type Action = (input: unknown) => Promise<ActionResult | undefined>

const RUNS_PER_CALLER = 1_000 // for each action: with no session, and as each of the three roles
const fixtures = createDatabaseClient(`file:./${databaseFile}`)
const f = fixturesFor(fixtures)
const GATED = gatedEntries(fixtures, f)

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(fixtures, { kind: 'sqlite', withDemoData: true })
  f.state.adminId = (
    await fixtures.user.findUniqueOrThrow({ where: { email: 'admin@northwind.test' } })
  ).id
})
afterAll(async () => {
  await fixtures.$disconnect()
  await appDb.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

const changesSoFar = async () =>
  Number((await appDb.$queryRaw<{ n: bigint }[]>`SELECT total_changes() AS n`)[0]!.n)

/** Anything at all, or a valid input with one field replaced by anything. */
function malformed(valid: unknown): fc.Arbitrary<unknown> {
  const fields = valid && typeof valid === 'object' ? Object.keys(valid) : []
  return fc.oneof(
    fc.anything(),
    fc.dictionary(fc.string(), fc.anything()),
    ...(fields.length
      ? [
          fc
            .record({ field: fc.constantFrom(...fields), value: fc.anything() })
            .map(({ field, value }) => ({ ...(valid as object), [field]: value })),
        ]
      : []),
  )
}

describe('fuzzing every server action', () => {
  for (const entry of GATED) {
    it(`${entry.name}: ${RUNS_PER_CALLER} malformed inputs per caller, no unexpected error, no stray write`, async () => {
      const actionModule = (await import(/* @vite-ignore */ `@/${entry.file}`)) as Record<
        string,
        Action
      >
      const action = actionModule[entry.name]!
      for (const caller of [null, ...ROLES] as const) {
        const member =
          caller &&
          (await fixtures.user.findFirstOrThrow({
            where: { role: caller, email: { endsWith: '@northwind.test' } },
          }))
        vi.mocked(getMember).mockResolvedValue(
          member ? { id: member.id, name: member.name, email: member.email, role: caller! } : null,
        )
        const valid = await entry.input(member ? member.id : null)
        await fc.assert(
          fc.asyncProperty(malformed(valid), async (input) => {
            const before = await changesSoFar()
            const result = (await action(input)) ?? {}
            expect(result.serverError).not.toBe(GENERIC_ERROR_MESSAGE)
            if (result.serverError || result.validationErrors) {
              expect(await changesSoFar()).toBe(before)
            }
          }),
          { numRuns: RUNS_PER_CALLER, seed: 20261129 },
        )
      }
    })
  }
})
