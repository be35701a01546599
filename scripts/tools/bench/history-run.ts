// One database's history benchmark, on its own: `tsx --conditions=react-server
// scripts/tools/bench/history-run.ts postgres [scale…]` inside scripts/tools/test/with-postgres.sh
// (its URL in E2E_DATABASE_URL), or `… sqlite [scale…]` on a fresh SQLite file.
import { removeSqliteFiles } from '@/lib/db/create-client'
import { buildIfStale } from '@/scripts/start/build-if-stale'
import { benchHistory } from './history'

buildIfStale() // here, not inside `npm start` with the benchmark's database in its environment

const [kindArgument, ...scaleArguments] = process.argv.slice(2)
const kind = kindArgument === 'postgres' ? 'postgres' : 'sqlite'
const scales = scaleArguments.map(Number).filter((scale) => Number.isInteger(scale) && scale > 0)
const file = `data/bench-history-${process.pid}.db`
const url = kind === 'postgres' ? process.env.E2E_DATABASE_URL : `file:./${file}`
if (!url)
  throw new Error(
    'E2E_DATABASE_URL is not set: run this inside scripts/tools/test/with-postgres.sh',
  )
try {
  await benchHistory(kind, url, scales.length ? scales : undefined)
} finally {
  if (kind === 'sqlite') removeSqliteFiles(url)
}
process.exit(0)
