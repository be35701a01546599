// `npm start`: build if needed, migrate, seed an empty database, then serve the production build.
import { spawn } from 'node:child_process'
import { databaseKind, env } from '@/lib/env'
import { buildIfStale } from './build-if-stale'
import { prepareDatabase } from './prepare-database'

buildIfStale()
await prepareDatabase()

const where = databaseKind === 'sqlite' ? `SQLite (${env.DATABASE_URL})` : 'PostgreSQL'
console.log(`Session Studio on http://localhost:${env.PORT} with ${where}`)

// The Next binary itself, not an npx wrapper: killing a wrapper can leave next-server orphaned.
// Idle keep-alive connections stay open 65 s, longer than the 60 s idle timeout of the usual load
// balancers and of clients that reuse sockets: with Node's 5 s default, a client reusing a socket
// just as the server closes it gets ECONNRESET (seen in the e2e suite).
const server = spawn(
  './node_modules/.bin/next',
  ['start', '--port', String(env.PORT), '--keepAliveTimeout', '65000'],
  {
    stdio: 'inherit',
    // `next start` sets NODE_ENV=production in the server: tell it what this start decided.
    env: { ...process.env, APP_ENV: env.isProduction ? 'production' : 'local' },
  },
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
