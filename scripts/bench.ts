// `npm run bench`: speed figures against the production build, one `BENCH <name> <value> <unit>`
// line each. Later capabilities add their own sections below.
import { rmSync } from 'node:fs'
import { buildIfStale } from './build-if-stale'
import { percentile, report, startApp, timeRequests } from './bench/measure'

buildIfStale()

// A fresh SQLite file, so the start includes migrating and seeding, as a newcomer's first start does.
const databaseFile = `data/bench-${process.pid}.db`
console.log('Starting `npm start` on the existing build with a fresh SQLite database…')
const app = await startApp({ DATABASE_URL: `file:./${databaseFile}`, NEXT_TELEMETRY_DISABLED: '1' })
try {
  report('start.ready_ms', app.readyMs, 'ms')

  // Loopback round trips of GET /, measured by the client: on loopback this is the server's time
  // to render and send the page (connection kept alive, body read in full).
  const samples = await timeRequests(`${app.baseUrl}/`, 200)
  console.log(`home page: ${samples.length} sequential requests after 10 warm-up requests`)
  report('home_page.p50_ms', percentile(samples, 50), 'ms')
  report('home_page.p95_ms', percentile(samples, 95), 'ms')
} finally {
  app.stop()
  rmSync(databaseFile, { force: true })
  rmSync(`${databaseFile}-journal`, { force: true })
}
