// Migrates and seeds the database named by DATABASE_URL (or the default SQLite file). Run once before
// the server starts (`npm start` does it), never from inside the server, so several instances
// starting together do not race: both steps take a database lock.
import { createDatabaseClient } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { databaseKind, env } from '@/lib/env'

export async function prepareDatabase(): Promise<void> {
  const applied = await migrateDatabase(env.DATABASE_URL)
  const where = databaseKind === 'sqlite' ? env.DATABASE_URL : 'PostgreSQL'
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}`
      : `Database ${where} is up to date.`,
  )
  const db = createDatabaseClient(env.DATABASE_URL)
  try {
    if (await seedIfEmpty(db, databaseKind)) console.log('Seeded the demo workspace.')
  } finally {
    await db.$disconnect()
  }
}
