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
const server = spawn('./node_modules/.bin/next', ['start', '--port', String(env.PORT)], {
  stdio: 'inherit',
  // `next start` sets NODE_ENV=production in the server: tell it what this start decided.
  env: { ...process.env, APP_ENV: env.isProduction ? 'production' : 'local' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
