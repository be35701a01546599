import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { e2eEnv } from './e2e-env'

// Reads what the app stored, straight from the e2e database, so tests check the data and not only
// the screen. Write queries with $1, $2… placeholders; they are adapted for SQLite.
export async function queryRows<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const url = e2eEnv.databaseUrl
  if (url.startsWith('file:')) {
    const connection = new Sqlite(url.replace(/^file:/, ''), { readonly: true, timeout: 10_000 })
    try {
      return connection.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as Row[]
    } finally {
      connection.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as Row[]
  } finally {
    await client.end()
  }
}
