import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client'
import { PrismaClient as PostgresClient } from '@/lib/generated/postgres/client'
import { PrismaBetterSqlite3Cached } from './sqlite-statement-cache'

// The app is typed against the SQLite client: the lowest common denominator of the two databases,
// so whatever compiles also runs on PostgreSQL (no `mode: 'insensitive'`, no PostgreSQL-only filters).
export type Database = SqliteClient

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0]

/** A new Prisma client for the given URL: `file:` → embedded SQLite, `postgres(ql)://` → PostgreSQL. */
export function createDatabaseClient(
  url: string,
  /** Sees every SQL statement with its parameters (the benchmark explains the history's queries). */
  { onQuery }: { onQuery?: (event: { query: string; params: string }) => void } = {},
): Database {
  const log = onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : []
  let client: Database
  if (url.startsWith('file:')) {
    ensureSqliteDirectory(url)
    // A writer waits for another instead of failing at once with SQLITE_BUSY.
    client = new SqliteClient({
      adapter: new PrismaBetterSqlite3Cached({ url, timeout: 10_000 }),
      log,
    }) as unknown as Database
  } else {
    const adapter = new PrismaPg({ connectionString: url })
    client = new PostgresClient({ adapter, log }) as unknown as Database
  }
  if (onQuery) (client as unknown as QueryEvents).$on('query', onQuery)
  return client
}

type QueryEvents = {
  $on: (event: 'query', listener: (event: { query: string; params: string }) => void) => void
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, '')
}

/** The SQLite suffixes of a database file: itself and its journals. */
const SQLITE_FILES = ['', '-wal', '-shm', '-journal']

/** Deletes a SQLite database file and its journals (throwaway databases of tests and benchmarks). */
export function removeSqliteFiles(url: string): void {
  for (const suffix of SQLITE_FILES) rmSync(`${sqliteFilePath(url)}${suffix}`, { force: true })
}

/**
 * SQLite creates the file but not its folder (data/ is not in git). The database holds every
 * member's password hash and the team's sessions: its folder is the owner's alone (0700) and the
 * file and its journals are created or narrowed to 0600, whatever the umask. (SQLite gives the
 * -wal and -shm files it creates later the main file's permissions.)
 */
export function ensureSqliteDirectory(url: string): void {
  const file = sqliteFilePath(url)
  if (file === ':memory:' || file.startsWith('file::memory:')) return
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  closeSync(openSync(file, 'a', 0o600))
  for (const suffix of SQLITE_FILES) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600)
  }
}
