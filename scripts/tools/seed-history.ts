// `npm run seed:history -- --count 100000`: fills the history with realistic sessions (buyers,
// companies, reps, products from the catalogue, outcomes, failures) for demos and the benchmark.
// Writes to DATABASE_URL (or the default SQLite file), migrating and seeding it first if needed.
import { parseArgs } from 'node:util'
import { env } from '@/lib/env'
import { migrateDatabase } from '@/lib/db/migrate'
import { prepareDatabase } from '@/scripts/start/prepare-database'
import { seedHistory } from '@/lib/history/seed-history-data'

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '1000' } } })
const count = Number(args.count)
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('--count must be a whole number from 1 to 1,000,000')
  process.exit(1)
}
await prepareDatabase()
await seedHistory(env.DATABASE_URL, count)
// Migrating again (nothing to apply) refreshes SQLite's planner statistics for the grown history:
// the first pass took them on an empty table, and a server started without `npm start` (which
// refreshes them too) would read a large history through the wrong indexes.
await migrateDatabase(env.DATABASE_URL)
process.exit(0)
