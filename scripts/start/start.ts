// `npm start`: build if needed, migrate, seed an empty database, then serve the production build.
import { spawn } from 'node:child_process'
import { databaseKind, env } from '@/lib/env'
import { buildIfStale } from './build-if-stale'
import { prepareDatabase } from './prepare-database'

buildIfStale()
await prepareDatabase()

const where = databaseKind === 'sqlite' ? `SQLite (${env.DATABASE_URL})` : 'PostgreSQL'
console.log(`Session Studio on http://localhost:${env.PORT} with ${where}`)

// The server in front of Next's handler (client address, request ids, graceful stop): see
// server.ts. It runs with NODE_ENV=production; APP_ENV tells it what this start decided.
// Node itself, with tsx as a loader (no wrapper process): SIGTERM reaches the server directly.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start/server.ts'], {
  stdio: 'inherit',
  env: {
    // glibc gives each thread that allocates its own malloc arena (up to 8 a core). Compression runs
    // on libuv's threads, and a million-row CSV export made the server's memory grow by 75 MB at
    // its first export, 30 MB with two arenas, at the same rows a second. Set before the
    // environment, so an operator's own value wins.
    MALLOC_ARENA_MAX: '2',
    ...process.env,
    NODE_ENV: 'production',
    APP_ENV: env.isProduction ? 'production' : 'local',
  },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
