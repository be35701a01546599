// One database's history benchmark, on its own: `tsx --conditions=react-server
// scripts/bench/history-run.ts postgres` inside scripts/tools/test/with-postgres.sh (its URL in
// E2E_DATABASE_URL), or `… sqlite` on a fresh SQLite file.
import { rmSync } from 'node:fs'
import { buildIfStale } from '@/scripts/start/build-if-stale'
import { benchHistory } from './history'

buildIfStale() // here, not inside `npm start` with the benchmark's database in its environment

const kind = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const file = `data/bench-history-${process.pid}.db`
const url = kind === 'postgres' ? process.env.E2E_DATABASE_URL : `file:./${file}`
if (!url)
  throw new Error(
    'E2E_DATABASE_URL is not set: run this inside scripts/tools/test/with-postgres.sh',
  )
try {
  await benchHistory(kind, url)
} finally {
  if (kind === 'sqlite')
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}
process.exit(0)
