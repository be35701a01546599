import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The route handlers and public actions that take input from anyone, fuzzed with generated
// malformed input as each role and signed out: never a 500 (or an error thrown mid-stream), never a
// row written by a refused call. (Health and metrics read no input but a header.)

const databaseFile = vi.hoisted(() => {
  const file = `data/test-fuzz-routes-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))
vi.mock('next/navigation', () => ({ redirect: vi.fn() }))
vi.mock('@/lib/auth/current-member', () => ({ getMember: vi.fn() }))

import { removeSqliteFiles } from '@/lib/db/create-client'
import { GET as exportHistory } from '@/app/api/history/export/route'
import { GET as exportTemplates } from '@/app/api/templates/export/route'
import { getMember } from '@/lib/auth/current-member'
import { ROLES } from '@/lib/auth/roles'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { GENERIC_ERROR_MESSAGE } from '@/lib/errors'
import {
  chooseExtraAction,
  finishNegotiationAction,
  makeOfferAction,
} from '@/lib/salesnip/sandbox/actions/chat-actions'
import { handleCreate, handleGet } from '@/lib/salesnip/sandbox/http'
import { acceptInvitationAction } from '@/lib/team/actions/accept-invitation'

const RUNS = 1_000
const changesSoFar = async () =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT total_changes() AS n`)[0]!.n)

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

async function signInAs(role: (typeof ROLES)[number] | null) {
  const member = role && (await db.user.findFirstOrThrow({ where: { role } }))
  vi.mocked(getMember).mockResolvedValue(
    member ? { id: member.id, name: member.name, email: member.email, role: role! } : null,
  )
}

const HISTORY_KEYS = [
  'q',
  'rep',
  'status',
  'currency',
  'template',
  'from',
  'to',
  'sort',
  'after',
  'before',
]
const queryString = fc
  .dictionary(
    fc.oneof(fc.constantFrom(...HISTORY_KEYS), fc.string()),
    fc.string({ unit: 'binary' }),
  )
  .map((params) => new URLSearchParams(params).toString())

describe('fuzzing the route handlers', () => {
  it(`history CSV export: ${RUNS} malformed views per caller, always a clean answer`, async () => {
    for (const role of [null, ...ROLES] as const) {
      await signInAs(role)
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          const before = await changesSoFar()
          const response = await exportHistory(
            new Request(`http://test/api/history/export?${query}`),
          )
          expect(response.status).toBeLessThan(500)
          await response.text() // a stream that fails mid-way throws here
          expect(await changesSoFar()).toBe(before)
        }),
        { numRuns: RUNS, seed: 1 },
      )
    }
  })

  it('catalogue export answers each caller cleanly and writes nothing', async () => {
    for (const role of [null, ...ROLES] as const) {
      await signInAs(role)
      const before = await changesSoFar()
      const response = await exportTemplates()
      expect([200, 401, 403]).toContain(response.status)
      await response.text()
      expect(await changesSoFar()).toBe(before)
    }
  })

  it(`sandbox API: ${RUNS} malformed bodies and ids, never a 500, nothing stored when refused`, async () => {
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((value) => JSON.stringify(value) ?? ''),
    )
    const headers = fc.constantFrom<Record<string, string>>(
      {},
      { 'X-Api-Key': 'sandbox_fuzz' },
      { 'X-Api-Key': 'live_key' },
    )
    await fc.assert(
      fc.asyncProperty(body, headers, fc.string(), async (text, keyHeader, id) => {
        if (text.includes('sandbox_fault')) return // deliberate faults answer 500 on purpose
        const before = await changesSoFar()
        const created = await handleCreate(
          new Request('http://test/v1/sessions', {
            method: 'POST',
            headers: keyHeader,
            body: text,
          }),
          'http://test',
        )
        expect(created.status).toBeLessThan(500)
        if (created.status !== 201) expect(await changesSoFar()).toBe(before)
        const read = await handleGet(
          new Request('http://test/v1/sessions/x', { headers: keyHeader }),
          id,
          'http://test',
        )
        expect(read.status).toBeLessThan(500)
      }),
      { numRuns: RUNS, seed: 2 },
    )
  })
})

describe('fuzzing the public actions', () => {
  const PUBLIC_ACTIONS = {
    acceptInvitationAction,
    makeOfferAction,
    chooseExtraAction,
    finishNegotiationAction,
  } as Record<string, (input: unknown) => Promise<{ serverError?: string } | undefined>>
  for (const [name, action] of Object.entries(PUBLIC_ACTIONS)) {
    it(`${name}: ${RUNS} malformed inputs, refused cleanly, nothing written`, async () => {
      await signInAs(null)
      const input = fc.oneof(
        fc.anything(),
        fc.record({ sessionId: fc.string(), itemKey: fc.string(), price: fc.string() }),
        fc.record({ token: fc.string(), name: fc.string(), password: fc.string() }),
      )
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = await changesSoFar()
          const result = (await action(value)) ?? {}
          expect(result.serverError).not.toBe(GENERIC_ERROR_MESSAGE)
          expect(await changesSoFar()).toBe(before)
        }),
        { numRuns: RUNS, seed: 3 },
      )
    })
  }
})
