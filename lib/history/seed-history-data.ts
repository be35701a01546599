// The history seeder behind `npm run seed:history` (and the benchmark's 100,000 sessions): realistic
// sessions (buyers, companies, reps, catalogue products, outcomes, failures), written in bulk.
import { createDatabaseClient } from '@/lib/db/create-client'
import { mergeSearchIndex } from '@/lib/db/search-index-upkeep'
import { toRole } from '@/lib/auth/roles'
import type { ComposeTemplate } from '@/lib/compose/template-lookup'
import { readTemplateRecords } from '@/lib/templates/record-row'
import { seedCatalogue, seededSession } from './seed-history-session'
import { resetRandom } from './seed-random'

/**
 * Adds `count` sessions of history to the database (migrated and seeded with a team and a
 * catalogue). Deterministic: the same count gives the same history. `after` continues a history
 * already seeded with that many sessions (the benchmark grows 100,000 to 1,000,000).
 */
export async function seedHistory(
  databaseUrl: string,
  count: number,
  log: (line: string) => void = console.log,
  after = 0,
): Promise<void> {
  resetRandom(after)
  const COUNT = after + count
  const db = createDatabaseClient(databaseUrl)
  const members = (
    await db.user.findMany({ select: { id: true, name: true, email: true, role: true } })
  ).map((member) => ({ ...member, role: toRole(member.role) }))
  const active = await db.template.findMany({ where: { archivedAt: null }, select: { id: true } })
  // Upsells switched off: the seeded sessions offer the products alone.
  const templates: ComposeTemplate[] = (
    await readTemplateRecords(
      db,
      active.map((row) => row.id),
    )
  ).map((record) => ({ ...record, upsell: null }))
  const catalogue = seedCatalogue(members, templates)

  const started = performance.now()
  const BATCH = 500
  const now = Date.now()
  for (let offset = after; offset < COUNT; offset += BATCH) {
    const sessions = []
    const payloads = []
    const links = []
    const attempts = []
    for (let i = offset; i < Math.min(COUNT, offset + BATCH); i += 1) {
      const rows = seededSession(i, now, catalogue)
      sessions.push(rows.session)
      payloads.push(rows.payload)
      links.push(...rows.links)
      attempts.push(rows.attempt)
    }
    // Sessions first: the others refer to them.
    // Through Prisma, so every value is stored in Prisma's own format on either database.
    await db.salesnipSession.createMany({ data: sessions })
    await db.salesnipSessionPayload.createMany({ data: payloads })
    await db.salesnipSessionTemplate.createMany({ data: links })
    await db.salesnipAttempt.createMany({ data: attempts })
    if ((offset / BATCH) % 20 === 19) log(`  ${offset + BATCH} sessions…`)
  }
  // A bulk write leaves SQLite's search index in many segments: merged, as the app's hourly upkeep
  // merges it in time (about 2 s for 100,000 sessions).
  if (databaseUrl.startsWith('file:')) await mergeSearchIndex(db, Infinity)
  await db.$disconnect()
  log(
    `Seeded ${count} sessions of history in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
}
