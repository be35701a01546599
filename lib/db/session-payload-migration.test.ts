import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { readMigrations } from './migrate'

// The migration that moved a session's payloads to a row of their own, run on a SQLite file holding
// sessions stored before it: nothing is lost, and the search index still finds every session (it
// refers to the sessions' rowids, which a rebuilt table would not keep).

const folder = mkdtempSync(join(tmpdir(), 'studio-payload-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const migrations = readMigrations('prisma/sqlite/migrations')
const at = migrations.findIndex((migration) => migration.name.endsWith('_session_payload'))

function sessionRow(id: string, buyer: string) {
  return {
    id,
    idempotencyKey: `key-${id}`,
    requestBody: `{"buyer":"${buyer}"}`,
    composition: `{"lines":["${id}"]}`,
    templateVersions: `[{"templateId":"t-${id}"}]`,
    searchText: `${buyer} acme`,
  }
}

const search = (connection: Sqlite.Database, term: string) =>
  connection
    .prepare(
      `SELECT s.id FROM "SalesnipSessionSearch" f JOIN "SalesnipSession" s ON s.rowid = f.rowid
       WHERE "SalesnipSessionSearch" MATCH ? ORDER BY s.id`,
    )
    .all(`"${term}"`)
    .map((row) => (row as { id: string }).id)

describe('the session_payload migration on SQLite', () => {
  it('moves each stored session’s request, composition and versions to its own row, and search still finds them', () => {
    expect(at).toBeGreaterThan(0)
    const connection = new Sqlite(join(folder, 'app.db'))
    try {
      for (const migration of migrations.slice(0, at)) connection.exec(migration.sql)
      connection
        .prepare(`INSERT INTO "User" (id, name, email, updatedAt) VALUES ('u1', 'Rep', 'r@x', 0)`)
        .run()
      const insert = connection.prepare(
        `INSERT INTO "SalesnipSession" (id, "idempotencyKey", status, "projectId", currency,
           "openingTotalMinor", "productNames", "productCount", "requestBody", composition,
           "templateVersions", "searchText", "createdById", "updatedAt")
         VALUES (@id, @idempotencyKey, 'created', 'p', 'USD', 100, '[]', 0, @requestBody,
           @composition, @templateVersions, @searchText, 'u1', 0)`,
      )
      const before = [sessionRow('s1', 'grace'), sessionRow('s2', 'ada'), sessionRow('s3', 'grace')]
      // A deleted session leaves a gap in the rowids, as in a real history.
      for (const row of before) insert.run(row)
      connection.prepare(`DELETE FROM "SalesnipSession" WHERE id = 's2'`).run()

      connection.exec(migrations[at]!.sql)

      const payloads = connection
        .prepare(
          `SELECT "sessionId" AS id, "requestBody", composition, "templateVersions"
           FROM "SalesnipSessionPayload" ORDER BY "sessionId"`,
        )
        .all()
      expect(payloads).toEqual(
        [before[0]!, before[2]!].map(({ id, requestBody, composition, templateVersions }) => ({
          id,
          requestBody,
          composition,
          templateVersions,
        })),
      )
      const columns = connection
        .prepare(`SELECT name FROM pragma_table_info('SalesnipSession')`)
        .all()
        .map((row) => (row as { name: string }).name)
      expect(columns).not.toContain('requestBody')
      expect(columns).toContain('searchText')
      expect(search(connection, 'grace')).toEqual(['s1', 's3'])

      // The search index's triggers survived: a session written afterwards is found too, and
      // deleting a session deletes its payload.
      connection
        .prepare(
          `INSERT INTO "SalesnipSession" (id, "idempotencyKey", status, "projectId", currency,
             "openingTotalMinor", "productNames", "productCount", "searchText", "createdById",
             "updatedAt")
           VALUES ('s4', 'key-s4', 'created', 'p', 'USD', 100, '[]', 0, 'grace hopper', 'u1', 0)`,
        )
        .run()
      expect(search(connection, 'grace')).toEqual(['s1', 's3', 's4'])
      connection.prepare(`DELETE FROM "SalesnipSession" WHERE id = 's1'`).run()
      expect(search(connection, 'grace')).toEqual(['s3', 's4'])
      expect(
        connection.prepare(`SELECT count(*) AS n FROM "SalesnipSessionPayload"`).get(),
      ).toEqual({ n: 1 })
    } finally {
      connection.close()
    }
  })
})
