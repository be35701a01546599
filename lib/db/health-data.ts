import 'server-only'
import { databaseKind } from '@/lib/env'
import { db } from './client'
import { readMigrations } from './migrate'

// Whether this instance can do its work: the database answers, takes a write (a read-only or
// full disk fails here, not in a rep's create) and holds every migration this build ships.

export type Readiness = { ready: boolean; problems: string[] }

const HEALTH_KEY = 'health:ready'

export async function checkReadiness(): Promise<Readiness> {
  const problems: string[] = []
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    const applied = new Set(rows.map((row) => row.migration_name))
    const missing = readMigrations(
      `prisma/${databaseKind === 'sqlite' ? 'sqlite' : 'postgres'}/migrations`,
    )
      .map((migration) => migration.name)
      .filter((name) => !applied.has(name))
    if (missing.length > 0) problems.push(`migrations not applied: ${missing.join(', ')}`)
  } catch {
    return { ready: false, problems: ['the database cannot be read'] }
  }
  try {
    const windowStart = BigInt(Date.now())
    await db.rateLimitBucket.upsert({
      where: { key: HEALTH_KEY },
      create: { key: HEALTH_KEY, count: 1, windowStart },
      update: { count: 1, windowStart },
    })
  } catch {
    problems.push('the database does not take writes')
  }
  return { ready: problems.length === 0, problems }
}
