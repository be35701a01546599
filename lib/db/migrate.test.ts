import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabaseClient } from './create-client'
import { migrateDatabase, pendingMigrations, readMigrations, type Migration } from './migrate'
import { seedIfEmpty } from './seed'

const folder = mkdtempSync(join(tmpdir(), 'studio-migrate-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('migrateDatabase on SQLite', () => {
  const url = `file:${join(folder, 'app.db')}`

  it('applies every committed migration once, recorded as Prisma records them', async () => {
    const all = readMigrations('prisma/sqlite/migrations').map((m) => m.name)
    expect(all.length).toBeGreaterThan(0)
    expect(await migrateDatabase(url)).toEqual(all)
    expect(await migrateDatabase(url)).toEqual([])

    const connection = new Sqlite(join(folder, 'app.db'), { readonly: true })
    const rows = connection
      .prepare(
        'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      )
      .all() as { migration_name: string; finished_at: string | null }[]
    connection.close()
    expect(rows.map((row) => row.migration_name)).toEqual(all)
    expect(rows.every((row) => row.finished_at)).toBe(true)
  })

  it('seeds an empty database and never touches a filled one', async () => {
    const db = createDatabaseClient(url)
    try {
      const options = { kind: 'sqlite', withDemoData: true } as const
      expect(await seedIfEmpty(db, options)).toBe(true)
      const members = await db.user.findMany({
        select: { email: true, role: true },
        orderBy: { email: 'asc' },
      })
      expect(members).toEqual([
        { email: 'admin@northwind.test', role: 'admin' },
        { email: 'manager@northwind.test', role: 'manager' },
        { email: 'rep@northwind.test', role: 'rep' },
      ])
      const hashes = await db.account.findMany({ select: { password: true } })
      expect(hashes.every((a) => a.password && !a.password.includes('northwind'))).toBe(true)

      await db.workspace.update({ where: { id: 'default' }, data: { name: 'Renamed by a user' } })
      await db.user.delete({ where: { email: 'rep@northwind.test' } })
      expect(await seedIfEmpty(db, options)).toBe(false)
      const workspaces = await db.workspace.findMany({ select: { name: true } })
      expect(workspaces).toEqual([{ name: 'Renamed by a user' }])
      expect(await db.user.count()).toBe(2)
    } finally {
      await db.$disconnect()
    }
  })

  it('gives the query planner statistics at each start, so the history is read by its index', async () => {
    const file = join(folder, 'app.db')
    const writer = new Sqlite(file)
    const insert = writer.prepare(
      `INSERT INTO "AuditEvent" (id, at, "actorId", action, entity, "entityId", changes)
       VALUES (?, ?, NULL, 'test', 'test', ?, '{}')`,
    )
    writer.transaction(() => {
      for (let i = 0; i < 2_000; i += 1) insert.run(`audit-${i}`, Date.now() - i, `e${i}`)
    })()
    writer.close()
    await migrateDatabase(`file:${file}`) // nothing to apply: a plain restart
    const reader = new Sqlite(file, { readonly: true })
    const stats = reader
      .prepare(`SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'AuditEvent'`)
      .all() as { idx: string; stat: string }[]
    reader.close()
    expect(stats.length).toBeGreaterThan(0)
    expect(stats.every((row) => row.stat.startsWith('2000 '))).toBe(true)
  })
})

describe('pendingMigrations', () => {
  const migration = (name: string, checksum: string): Migration => ({ name, sql: '', checksum })

  it('returns the migrations not yet applied, in order', () => {
    const all = [migration('1_a', 'x'), migration('2_b', 'y'), migration('3_c', 'z')]
    expect(pendingMigrations(all, new Map([['1_a', 'x']])).map((m) => m.name)).toEqual([
      '2_b',
      '3_c',
    ])
  })

  it('refuses a migration edited after it was applied', () => {
    expect(() => pendingMigrations([migration('1_a', 'new')], new Map([['1_a', 'old']]))).toThrow(
      /1_a was edited after it was applied/,
    )
  })
})

describe('the SQLite file', () => {
  it('is readable and writable by its owner only (0600), its folder too (0700)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-perms-'))
    const url = `file:${join(dir, 'data', 'studio.db')}`
    const previous = process.umask(0o022) // a usual umask: new files would be 0644
    try {
      await migrateDatabase(url)
      const mode = (path: string) => statSync(path).mode & 0o777
      expect(mode(join(dir, 'data', 'studio.db'))).toBe(0o600)
      expect(mode(join(dir, 'data'))).toBe(0o700)
      const wal = join(dir, 'data', 'studio.db-wal')
      if (existsSync(wal)) expect(mode(wal)).toBe(0o600)
    } finally {
      process.umask(previous)
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('SQLite under a reader', () => {
  it('is in WAL mode, so a reader on another connection never leaves a write transaction stuck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-wal-'))
    const file = join(dir, 'studio.db')
    const url = `file:${file}`
    await migrateDatabase(url)
    const db = createDatabaseClient(url)
    const reader = new Sqlite(file)
    try {
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal')
      // Another process reading (a second instance, a backup): its read transaction is open while
      // the app commits. In the rollback journal that COMMIT is busy, and Prisma's adapter then
      // keeps the connection inside the transaction: every later write would time out.
      reader.exec('BEGIN')
      reader.prepare('SELECT count(*) FROM "Workspace"').get()
      await db.$transaction(async (tx) => {
        await tx.workspace.create({ data: { id: 'w', name: 'Before' } })
      })
      reader.exec('COMMIT')
      await db.workspace.update({ where: { id: 'w' }, data: { name: 'After' } })
      expect(reader.prepare('SELECT name FROM "Workspace" WHERE id = ?').get('w')).toEqual({
        name: 'After',
      })
    } finally {
      reader.close()
      await db.$disconnect()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
