import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { ensureSqliteDirectory, sqliteFilePath } from './create-client'

// An offline `prisma migrate deploy`: Prisma's CLI needs a native engine it cannot download here.
// It applies the committed prisma/<kind>/migrations/*/migration.sql in order and records each in
// `_prisma_migrations` with Prisma's own layout and checksum, so Prisma's tooling sees them as applied.
// It holds a lock while it works (SQLite: a write transaction; PostgreSQL: an advisory lock), so
// several app instances starting at once apply each migration exactly once.

export type Migration = { name: string; sql: string; checksum: string }

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

/** What to apply, given what the database already recorded. Refuses edited migrations. */
export function pendingMigrations(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const migration of all) {
    const checksum = applied.get(migration.name)
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.name} was edited after it was applied. Add a new migration instead.`,
      )
    }
  }
  return all.filter((migration) => !applied.has(migration.name))
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`
const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`
const APPLIED = `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
// Any constant works; it only has to be the same for every instance of this app.
const POSTGRES_LOCK_KEY = 72_420_031

/** Applies pending migrations; returns the names applied. */
export async function migrateDatabase(url: string): Promise<string[]> {
  return url.startsWith('file:') ? migrateSqlite(url) : migratePostgres(url)
}

function migrateSqlite(url: string): string[] {
  ensureSqliteDirectory(url)
  const connection = new Sqlite(sqliteFilePath(url), { timeout: 30_000 })
  try {
    // Write-ahead logging, kept in the file for every later connection: readers (another instance,
    // a backup, a test reading the database) never block a writer's COMMIT. In the default rollback
    // journal they can, and Prisma's better-sqlite3 adapter does not survive a busy COMMIT: the
    // connection is left inside its transaction, holding the write lock until the process exits
    // (prisma/prisma#29933), and every later write times out.
    connection.pragma('journal_mode = WAL')
    connection.exec(SQLITE_TABLE)
    // BEGIN IMMEDIATE takes the write lock first, so a second process waits, then sees our work.
    connection.exec('BEGIN IMMEDIATE')
    try {
      const rows = connection.prepare(APPLIED).all() as {
        migration_name: string
        checksum: string
      }[]
      const pending = pendingMigrations(
        readMigrations('prisma/sqlite/migrations'),
        new Map(rows.map((row) => [row.migration_name, row.checksum])),
      )
      const record = connection.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'), 1)`,
      )
      for (const migration of pending) {
        connection.exec(migration.sql)
        record.run(randomUUID(), migration.checksum, migration.name)
      }
      connection.exec('COMMIT')
      // The query planner's statistics (sqlite_stat1), refreshed where a table grew or has none, as
      // SQLite advises on every start. Without them it may read the history through the wrong index
      // and sort the whole table for a page of 25 (measured: 60 ms instead of 0.2 at 100,000).
      connection.pragma('optimize=0x10002')
      return pending.map((migration) => migration.name)
    } catch (error) {
      connection.exec('ROLLBACK')
      throw error
    }
  } finally {
    connection.close()
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    // Session-level lock on this one connection: other instances wait here until we are done.
    await client.query('SELECT pg_advisory_lock($1)', [POSTGRES_LOCK_KEY])
    await client.query(POSTGRES_TABLE)
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(APPLIED)
    const pending = pendingMigrations(
      readMigrations('prisma/postgres/migrations'),
      new Map(rows.map((row) => [row.migration_name, row.checksum])),
    )
    for (const migration of pending) {
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
    return pending.map((migration) => migration.name)
  } finally {
    await client.end()
  }
}
