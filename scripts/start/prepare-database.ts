// Migrates and seeds the database named by DATABASE_URL (or the default SQLite file). Run once before
// the server starts (`npm start` does it), never from inside the server, so several instances
// starting together do not race: both steps take a database lock.
import { createDatabaseClient, type Database } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { DEMO_MEMBERS } from '@/lib/db/seed-values'
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
    const withDemoData = !env.isProduction
    if (await seedIfEmpty(db, { kind: databaseKind, withDemoData })) {
      console.log(
        `Seeded the demo workspace${withDemoData ? ', its demo team and catalogue' : ''}.`,
      )
    }
    if (withDemoData) await printDemoSignIns(db)
    if ((await db.user.count({ where: { role: 'admin', banned: false } })) === 0) {
      console.log('No active admin yet: run `npm run create-admin` to make the first one.')
    }
  } finally {
    await db.$disconnect()
  }
}

/** The demo members this database holds, with their seeded passwords (local installs only). */
async function printDemoSignIns(db: Database): Promise<void> {
  const emails = DEMO_MEMBERS.map((member) => member.email)
  const present = await db.user.findMany({
    where: { email: { in: emails } },
    select: { email: true },
  })
  const seeded = DEMO_MEMBERS.filter((member) =>
    present.some((user) => user.email === member.email),
  )
  if (seeded.length === 0) return
  console.log('Demo sign-ins (local only; passwords as seeded):')
  for (const member of seeded) {
    console.log(`  ${member.role.padEnd(8)} ${member.email.padEnd(24)} ${member.password}`)
  }
}
