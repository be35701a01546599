import 'server-only'
import { env } from '@/lib/env'
import { createDatabaseClient, type Database } from './create-client'

// One Prisma client per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { sessionStudioDb?: Database }

export const db: Database = globalForDb.sessionStudioDb ?? createDatabaseClient(env.DATABASE_URL)

if (env.NODE_ENV !== 'production') globalForDb.sessionStudioDb = db
