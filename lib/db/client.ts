import 'server-only'
import { env } from '@/lib/env'
import { createDatabaseClient, type Database } from './create-client'
import { mergeSearchIndex } from './search-index-upkeep'

// One Prisma client per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as {
  sessionStudioDb?: Database
  sessionStudioDbOptimizer?: NodeJS.Timeout
}

export const db: Database = globalForDb.sessionStudioDb ?? createDatabaseClient(env.DATABASE_URL)

if (env.NODE_ENV !== 'production') globalForDb.sessionStudioDb = db

// SQLite keeps no statistics by itself: besides the refresh at each start (migrate.ts), a running
// server refreshes them hourly as the history grows, and merges the search index a little (a
// quarter of a second's steps an hour). PostgreSQL's autovacuum does this on its own.
if (env.DATABASE_URL.startsWith('file:') && !globalForDb.sessionStudioDbOptimizer) {
  globalForDb.sessionStudioDbOptimizer = setInterval(
    () =>
      void db
        .$executeRawUnsafe('PRAGMA optimize')
        .then(() => mergeSearchIndex(db, 250))
        .catch(() => {}),
    3_600_000,
  )
  globalForDb.sessionStudioDbOptimizer.unref()
}
