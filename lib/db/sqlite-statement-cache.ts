import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { Database, Statement } from 'better-sqlite3'

// Prisma's SQLite adapter prepares every statement anew, even one it ran a moment ago: about 0.4 ms
// of each console page went to SQLite's `prepare` (a CPU profile of the home page, 11 statements).
// This adapter keeps its connection's most recently used statements, by SQL text, and runs them
// again with new arguments.

/** Distinct statements kept: the app's own are a few hundred texts (an `IN (…)` list's each length). */
const KEPT_STATEMENTS = 500

/** Prisma's better-sqlite3 adapter, whose connection reuses its prepared statements. */
export class PrismaBetterSqlite3Cached extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect()
    keepStatements((adapter as unknown as { client: Database }).client)
    return adapter
  }
}

/** Makes `client.prepare` answer a SQL text it has seen with the statement it prepared then. */
export function keepStatements(client: Database, kept = KEPT_STATEMENTS): void {
  const prepare = client.prepare.bind(client)
  const statements = new Map<string, Statement>()
  client.prepare = ((sql: string) => {
    let statement = statements.get(sql)
    if (statement)
      statements.delete(sql) // re-inserted below: the Map's order is least recent first
    else statement = prepare(sql)
    statements.set(sql, statement)
    if (statements.size > kept) statements.delete(statements.keys().next().value!)
    return reusable(statement)
  }) as Database['prepare']
}

/**
 * A prepared statement as the adapter uses it (`prepare(sql).bind(args)`, then `reader`, `run`,
 * `columns`, `raw().all()`). better-sqlite3 lets a statement be bound only once, so a kept statement
 * takes its arguments at each run instead.
 */
function reusable(statement: Statement) {
  const bound = (args: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => columnsOf(statement),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  })
  return {
    reader: statement.reader,
    run: (...args: unknown[]) => statement.run(...args),
    bind: (args: unknown[]) => bound(args),
  }
}

/**
 * A statement's columns, asked once: better-sqlite3 builds the list anew at every call (a quarter of a
 * millisecond of each History page in a CPU profile), and a statement's SQL names its columns.
 */
const columnLists = new WeakMap<Statement, ReturnType<Statement['columns']>>()
function columnsOf(statement: Statement) {
  let columns = columnLists.get(statement)
  if (!columns) columnLists.set(statement, (columns = statement.columns()))
  return columns
}
