import 'server-only'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { databaseKind, env } from '@/lib/env'
import { sqliteFilePath } from './create-client'

// Rows as plain arrays, straight from the database's own driver, for the one read too long for
// Prisma: a whole history's export (a million rows). Prisma builds an object per row and converts each
// field; that halves the rows a second and holds hundreds of megabytes at once. Reads only.

export type RawRow = unknown[]

/** A statement's rows, as arrays in the statement's column order. */
export type RawQuery = (sql: string, params: unknown[]) => Promise<RawRow[]>

/** The database's own driver, opened at the first use and kept for the process. */
export function rawQuery(): RawQuery {
  return databaseKind === 'sqlite' ? sqliteQuery() : postgresQuery()
}

const globalForRaw = globalThis as unknown as {
  sessionStudioRawSqlite?: Sqlite.Database
  sessionStudioRawPg?: pg.Pool
}

function sqliteQuery(): RawQuery {
  // A connection of its own that cannot write (query_only), beside Prisma's: a read in WAL mode never
  // waits for a writer, and never blocks one.
  const connection = (globalForRaw.sessionStudioRawSqlite ??= openSqlite())
  const statements = new Map<string, Sqlite.Statement>()
  return async (sql, params) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = connection.prepare(sql).raw(true)
      statements.set(sql, statement)
    }
    return statement.all(...params) as RawRow[]
  }
}

function openSqlite() {
  const connection = new Sqlite(sqliteFilePath(env.DATABASE_URL), {
    fileMustExist: true,
    timeout: 10_000,
  })
  connection.pragma('query_only = ON')
  return connection
}

/**
 * Timestamps as PostgreSQL writes them (the keyset cursor sends them back as they came: no time zone
 * can shift them); everything else as pg reads it (BIGINT as text, which the caller converts).
 */
const POSTGRES_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.TIMESTAMP
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
}

function postgresQuery(): RawQuery {
  const pool = (globalForRaw.sessionStudioRawPg ??= new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 2,
    idleTimeoutMillis: 30_000,
  }))
  return async (sql, params) =>
    (await pool.query({ text: sql, values: params, rowMode: 'array', types: POSTGRES_TYPES })).rows
}
