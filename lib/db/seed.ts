import { createMember, hashMemberPassword } from '@/lib/team/create-member-data'
import { seedCatalogue } from '@/lib/templates/seed-catalogue-data'
import type { Database } from './create-client'
import {
  CONNECTION_ID,
  DEFAULT_WORKSPACE_ID,
  DEFAULT_WORKSPACE_NAME,
  DEMO_MEMBERS,
  DEMO_PROJECT_ID,
} from './seed-values'

// Any constant works; it only has to be the same for every instance of this app.
const SEED_LOCK_KEY = 72_420_032

type SeedOptions = { kind: 'sqlite' | 'postgres'; withDemoData: boolean }

/**
 * Fills an empty database with the demo team and its data, and never touches a filled one: "empty"
 * means no workspace row yet. On PostgreSQL, where several instances may start together, a
 * transaction-level advisory lock lets exactly one of them seed. Returns whether it seeded.
 * The demo team (known passwords) and catalogue only where `withDemoData`: never in production.
 */
export async function seedIfEmpty(db: Database, options: SeedOptions): Promise<boolean> {
  // Hashed before the transaction (scrypt is slow by design): the lock is held for writes only.
  const members = options.withDemoData
    ? await Promise.all(
        DEMO_MEMBERS.map(async ({ password, ...member }) => ({
          ...member,
          passwordHash: await hashMemberPassword(password),
        })),
      )
    : []
  return db.$transaction(
    async (tx) => {
      if (options.kind === 'postgres') {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`
      }
      if ((await tx.workspace.count()) > 0) return false
      await tx.workspace.create({
        data: { id: DEFAULT_WORKSPACE_ID, name: DEFAULT_WORKSPACE_NAME },
      })
      if (options.withDemoData) {
        for (const member of members) await createMember(tx, member)
        await seedCatalogue(tx)
        await tx.connectionSettings.create({
          data: { id: CONNECTION_ID, projectId: DEMO_PROJECT_ID, defaultCurrency: 'USD' },
        })
      }
      return true
    },
    { timeout: 30_000 },
  )
}
