// Many rows into one table fast, for seeding large data (Prisma's createMany takes ~1 ms a row).
// Values are written the way Prisma writes them, so Prisma reads them back as its own: on SQLite
// dates are ISO text with "+00:00", booleans 0/1; on PostgreSQL the driver converts.
import Sqlite from 'better-sqlite3'
import pg from 'pg'

type Row = Record<string, unknown>
export type BulkInserter = {
  insert: (table: string, rows: Row[]) => Promise<void>
  close: () => Promise<void>
}

export async function bulkInserter(databaseUrl: string): Promise<BulkInserter> {
  if (databaseUrl.startsWith('file:')) {
    const sqlite = new Sqlite(databaseUrl.replace(/^file:/, ''), { timeout: 10_000 })
    const toSqlite = (value: unknown) =>
      value instanceof Date
        ? value.toISOString().replace('Z', '+00:00')
        : typeof value === 'boolean'
          ? Number(value)
          : value
    return {
      async insert(table, rows) {
        if (rows.length === 0) return
        const columns = Object.keys(rows[0]!)
        const statement = sqlite.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        sqlite.transaction(() => {
          for (const row of rows) statement.run(...columns.map((column) => toSqlite(row[column])))
        })()
      },
      async close() {
        sqlite.close()
      },
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const toPg = (value: unknown) => (typeof value === 'bigint' ? value.toString() : value)
  return {
    async insert(table, rows) {
      if (rows.length === 0) return
      const columns = Object.keys(rows[0]!)
      // PostgreSQL takes at most 65,535 parameters a statement.
      const perStatement = Math.floor(60_000 / columns.length)
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement)
        const values: unknown[] = []
        const tuples = chunk.map((row) => {
          const placeholders = columns.map((column) => {
            values.push(toPg(row[column]))
            return `$${values.length}`
          })
          return `(${placeholders.join(', ')})`
        })
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
          values,
        )
      }
    },
    async close() {
      await client.end()
    },
  }
}
