import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Every server action the app has, called with no session and as each role: the allowed ones
// succeed, the refused ones say why and write nothing at all (the whole database is compared).

const databaseFile = vi.hoisted(() => {
  const file = `data/test-role-matrix-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))
// A successful save or duplicate redirects; here that is just the end of the action.
vi.mock('next/navigation', () => ({ redirect: vi.fn() }))
vi.mock('@/lib/auth/current-member', () => ({ getMember: vi.fn() }))

import { removeSqliteFiles } from '@/lib/db/create-client'
import { getMember } from '@/lib/auth/current-member'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/action-client'
import { can } from '@/lib/auth/permissions'
import { ROLES } from '@/lib/auth/roles'
import { createDatabaseClient } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { gatedEntries } from '@/lib/testing/role-matrix-entries'
import { actionFiles, fixturesFor, PUBLIC, snapshot } from '@/lib/testing/role-matrix-fixtures'

type ActionResult = { data?: unknown; serverError?: string; validationErrors?: unknown }
type Action = (input: never) => Promise<ActionResult>
const db = createDatabaseClient(`file:./${databaseFile}`)
const f = fixturesFor(db)

const GATED = gatedEntries(db, f)

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  f.state.adminId = (
    await db.user.findUniqueOrThrow({ where: { email: 'admin@northwind.test' } })
  ).id
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('the role matrix of server actions', () => {
  it('lists every server action of the app', async () => {
    const found: string[] = []
    for (const file of actionFiles()) {
      const actionModule = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>
      for (const [name, value] of Object.entries(actionModule)) {
        if (typeof value === 'function') found.push(`${file}#${name}`)
      }
    }
    const listed = [...GATED.map((entry) => `${entry.file}#${entry.name}`), ...PUBLIC]
    expect(found.sort()).toEqual(listed.sort())
  })

  for (const entry of GATED) {
    for (const caller of [null, ...ROLES] as const) {
      const allowed = caller !== null && can(caller, entry.permission)
      it(`${entry.name} ${allowed ? 'runs' : 'is refused'} for ${caller ?? 'no session'}`, async () => {
        const actionModule = (await import(/* @vite-ignore */ `@/${entry.file}`)) as Record<
          string,
          Action
        >
        const action = actionModule[entry.name]!
        const member =
          caller &&
          (await db.user.findFirstOrThrow({
            where: { role: caller, email: { endsWith: '@northwind.test' } },
          }))
        const input = await entry.input(member ? member.id : null)
        vi.mocked(getMember).mockResolvedValue(
          member ? { id: member.id, name: member.name, email: member.email, role: caller! } : null,
        )
        const before = snapshot(databaseFile)
        const auditedBefore = await db.auditEvent.count({ where: { actorId: member?.id ?? '' } })
        const result = await action(input as never)
        if (allowed) {
          expect(result.serverError).toBeUndefined()
          expect(result.validationErrors).toBeUndefined()
          const auditedAfter = await db.auditEvent.count({ where: { actorId: member!.id } })
          if (entry.audited) expect(auditedAfter).toBeGreaterThan(auditedBefore)
          else expect(auditedAfter).toBe(auditedBefore)
          if (entry.writes !== false) expect(snapshot(databaseFile)).not.toBe(before)
          else expect(snapshot(databaseFile)).toBe(before)
        } else {
          expect(result.serverError).toBe(caller ? NOT_ALLOWED : NOT_SIGNED_IN)
          expect(snapshot(databaseFile)).toBe(before)
          // Refused before the input is read: garbage gets the same answer, not field errors.
          const garbage = await action({ unexpected: true } as never)
          expect(garbage).toEqual({ serverError: caller ? NOT_ALLOWED : NOT_SIGNED_IN })
        }
      })
    }
  }
})
