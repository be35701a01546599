// `npm run seed:history -- --count 100000`: fills the history with realistic sessions (buyers,
// companies, reps, products from the catalogue, outcomes, failures) for demos and the benchmark.
// Writes to DATABASE_URL (or the default SQLite file), migrating and seeding it first if needed.
import { parseArgs } from 'node:util'
import { env } from '@/lib/env'
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
process.exit(0)
