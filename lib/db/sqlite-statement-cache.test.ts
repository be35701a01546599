import Sqlite from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { keepStatements } from './sqlite-statement-cache'

// Prisma's adapter runs each statement as `prepare(sql).bind(args)`, then `run()` or
// `columns()` and `raw().all()`. With kept statements, each run must see its own arguments, and a
// statement must be prepared once while it stays among the most recently used.

function database(kept?: number) {
  const client = new Sqlite(':memory:')
  client.exec("CREATE TABLE t (id INTEGER, name TEXT); INSERT INTO t VALUES (1, 'one'), (2, 'two')")
  const prepared = vi.spyOn(client, 'prepare')
  keepStatements(client, kept)
  return { client, prepared: () => prepared.mock.calls.length }
}

describe('kept SQLite statements', () => {
  it('runs a kept statement again with new arguments, prepared once', () => {
    const { client, prepared } = database()
    const select = (id: number) => client.prepare('SELECT name FROM t WHERE id = ?').bind([id])
    expect(select(1).raw().all()).toEqual([['one']])
    expect(select(2).raw().all()).toEqual([['two']])
    expect(
      select(1)
        .columns()
        .map((column) => column.name),
    ).toEqual(['name'])
    expect(prepared()).toBe(1)

    const insert = client.prepare('INSERT INTO t VALUES (?, ?)')
    expect(insert.reader).toBe(false)
    insert.bind([3, 'three']).run()
    client.prepare('INSERT INTO t VALUES (?, ?)').bind([4, 'four']).run()
    expect(client.prepare('SELECT count(*) FROM t').bind([]).raw().all()).toEqual([[4]])
    expect(prepared()).toBe(3)
  })

  it("lists each statement's own columns, asked of SQLite once", () => {
    const { client } = database()
    const statementClass = Object.getPrototypeOf(new Sqlite(':memory:').prepare('SELECT 1'))
    const asked = vi.spyOn(statementClass, 'columns')
    const names = (sql: string) =>
      client
        .prepare(sql)
        .bind([])
        .columns()
        .map((column) => column.name)
    for (let round = 0; round < 3; round += 1) {
      expect(names('SELECT id, name FROM t')).toEqual(['id', 'name'])
      expect(names('SELECT name AS label FROM t')).toEqual(['label'])
    }
    expect(asked).toHaveBeenCalledTimes(2)
    asked.mockRestore()
  })

  it('prepares again a statement pushed out by newer ones', () => {
    const { client, prepared } = database(2)
    const run = (sql: string) => client.prepare(sql).bind([]).raw().all()
    run('SELECT 1')
    run('SELECT 2')
    run('SELECT 1') // the most recent again: SELECT 2 is now the oldest
    run('SELECT 3') // pushes SELECT 2 out
    expect(prepared()).toBe(3)
    run('SELECT 1')
    expect(prepared()).toBe(3)
    expect(run('SELECT 2')).toEqual([[2]])
    expect(prepared()).toBe(4)
  })
})
