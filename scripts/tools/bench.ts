// `npm run bench`: speed figures against the production build, one `BENCH <name> <value> <unit>`
// line each, page figures beside a bare dynamic page and the home page timed in the same run.
// `npm run bench -- --scale 1000000` runs only the history's part, at 100,000 sessions and then at
// the scale given, on both databases (it takes a while: a million sessions are seeded twice);
// `npm run bench -- --console` runs everything but the history's part.
import { spawnSync } from 'node:child_process'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { buildIfStale } from '@/scripts/start/build-if-stale'
import { percentile, report, startApp } from '@/scripts/tools/bench/measure'
import { timeBaselines, weighFirstLoadJs } from '@/scripts/tools/bench/pages'
import { benchCreate, benchPayloadBuild } from '@/scripts/tools/bench/create'
import { benchApiCreate, benchWebhookDelivery } from '@/scripts/tools/bench/api'
import { benchHistory } from '@/scripts/tools/bench/history'
import { benchComposeInBrowser } from '@/scripts/tools/bench/compose-browser'
import { benchReadSchedule, benchRelayToFeed } from '@/scripts/tools/bench/outcomes'
import { benchSandbox } from '@/scripts/tools/bench/sandbox'
import { signInAsAdmin, timeSignIns } from '@/scripts/tools/bench/sign-in'
import { benchTemplateList, fillCatalogue } from '@/scripts/tools/bench/templates'

buildIfStale()

const scaleAt = process.argv.indexOf('--scale')
const scale = scaleAt === -1 ? null : Number(process.argv[scaleAt + 1])
if (scale !== null && !(Number.isInteger(scale) && scale >= 100_000))
  throw new Error('--scale takes a whole number of sessions, at least 100000')
if (scale === null) await benchConsole()
if (!process.argv.includes('--console')) await benchHistoryOnBoth(scale ? [scale] : undefined)

async function benchConsole() {
  // A fresh SQLite file, so the start includes migrating and seeding, as a newcomer's first start does.
  const databaseFile = `data/bench-${process.pid}.db`
  console.log('Starting `npm start` on the existing build with a fresh SQLite database…')
  const app = await startApp({
    DATABASE_URL: `file:./${databaseFile}`,
    NEXT_TELEMETRY_DISABLED: '1',
    SALESNIP_API_KEY: '', // sandbox mode, whatever this shell has set
    // The create benchmark makes a few hundred sessions in a minute as one member.
    CREATE_SESSIONS_PER_MINUTE: '100000',
    API_REQUESTS_PER_MINUTE: '100000',
    // The webhook benchmark's receiver listens on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE: 'true',
    BENCH_BARE_PAGE: 'true',
  })
  try {
    report('start.ready_ms', app.readyMs, 'ms')

    const signIns = await timeSignIns(app.baseUrl, 50)
    console.log('sign-in: 50 full sign-ins in a row through the sign-in form action')
    report('signin.p50_ms', percentile(signIns, 50), 'ms')
    report('signin.p95_ms', percentile(signIns, 95), 'ms')

    // Loopback round trips, measured by the client: on loopback this is the server's time to check
    // the session, render and send the page (body read in full), beside the bare page's.
    const cookie = await signInAsAdmin(app.baseUrl)
    await timeBaselines(app.baseUrl, cookie)
    await weighFirstLoadJs(app.baseUrl, cookie)

    await benchSandbox(app.baseUrl)

    benchPayloadBuild()
    await benchCreate({ baseUrl: app.baseUrl, cookie }, `file:./${databaseFile}`)
    await benchRelayToFeed({ baseUrl: app.baseUrl, cookie }, `file:./${databaseFile}`)
    benchReadSchedule(100_000, 600)
    await benchApiCreate({ baseUrl: app.baseUrl, cookie }, `file:./${databaseFile}`)
    await benchWebhookDelivery({ baseUrl: app.baseUrl, cookie }, `file:./${databaseFile}`)

    await fillCatalogue(`file:./${databaseFile}`)
    await benchTemplateList(app.baseUrl, cookie)
    await benchComposeInBrowser(app.baseUrl, cookie)
  } finally {
    app.stop()
    removeSqliteFiles(`file:./${databaseFile}`)
  }
}

// The shared history at 100,000 sessions (and the scales asked for): on a fresh SQLite file here,
// then on a throwaway PostgreSQL cluster started the way `npm test` starts it.
async function benchHistoryOnBoth(scales: number[] | undefined) {
  const historyFile = `data/bench-history-${process.pid}.db`
  try {
    await benchHistory('sqlite', `file:./${historyFile}`, scales)
  } finally {
    removeSqliteFiles(`file:./${historyFile}`)
  }
  const postgres = spawnSync(
    'bash',
    [
      'scripts/tools/test/with-postgres.sh',
      './node_modules/.bin/tsx',
      '--conditions=react-server',
      'scripts/tools/bench/history-run.ts',
      'postgres',
      ...(scales ?? []).map(String),
    ],
    { stdio: 'inherit' },
  )
  if (postgres.status !== 0) process.exitCode = 1
}
