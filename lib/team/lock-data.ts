import type { Transaction } from '@/lib/db/create-client'
import { databaseKind } from '@/lib/env'

const TEAM_LOCK_KEY = 72_420_033

/**
 * Serialises changes to who is an active admin, so two admins demoting each other at the same time
 * cannot leave the team with none. SQLite already runs one writer at a time.
 */
export async function lockTeam(tx: Transaction): Promise<void> {
  if (databaseKind === 'postgres')
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEAM_LOCK_KEY})`
}
