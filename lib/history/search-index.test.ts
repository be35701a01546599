import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The history's search on SQLite is answered from an FTS5 trigram index kept by triggers: it must
// find what the session's text holds now, after every insert, update and delete, and agree with a
// plain LIKE over the table.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-search-index-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { mergeSearchIndex } from '@/lib/db/search-index-upkeep'
import { seedIfEmpty } from '@/lib/db/seed'
import { createCompanySession } from '@/lib/testing/company-session'
import { countHistoryCapped } from './count-data'
import { listHistory } from './data'
import { seedHistory } from './seed-history-data'
import { searchMatches, searchPageStatement } from './search-data'
import { amongIndexMatches } from './search-index-data'

let rep = { id: '', name: '', email: '' }

const sessionFor = (company: string, key: string) => createCompanySession(rep, company, key)

const found = async (q: string) =>
  (await listHistory({ q }, rep.id)).rows.map((row) => row.buyerCompany)

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  rep = await db.user.findFirstOrThrow({
    where: { role: 'rep' },
    select: { id: true, name: true, email: true },
  })
  await seedHistory(`file:./${databaseFile}`, 1_500, () => {})
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('history search on SQLite', () => {
  it('finds a new session by any part of its text, from the index', async () => {
    const { id } = await sessionFor('Quixotic Zebra Works', 'index-1')
    expect(await searchMatches({ q: 'otic zeb' })).toEqual([id])
    expect(await found('otic zeb')).toEqual(['Quixotic Zebra Works'])
    expect(await found('OTIC ZEB')).toEqual(['Quixotic Zebra Works'])
  })

  it('looks up quotes, wildcards and accents as typed', async () => {
    const { id } = await sessionFor('Öko "Prime" 100%_Works', 'index-3')
    for (const q of ['"prime" 100%', 'ÖKO "', '100%_wo', 'me" 1'])
      expect(await searchMatches({ q }), q).toEqual([id])
    expect(await searchMatches({ q: '100%wo' })).toEqual([]) // "%" is not a wildcard
    expect(await searchMatches({ q: '0_w' })).toEqual([]) // nor "_" one
    expect(await searchMatches({ q: 'oko "' })).toEqual([]) // nor is an accent dropped
  })

  it('follows an update of the text, and forgets a deleted session', async () => {
    const { id } = await sessionFor('Marmalade Orbit', 'index-2')
    await db.salesnipSession.update({
      where: { id },
      data: { buyerCompany: 'Velvet Lantern', searchText: 'buyer velvet lantern' },
    })
    expect(await found('marmalade')).toEqual([])
    expect(await found('velvet lan')).toEqual(['Velvet Lantern'])
    await db.salesnipSession.delete({ where: { id } })
    expect(await found('velvet lan')).toEqual([])
  })

  it('agrees with a plain LIKE over the table, for rare and common terms alike', async () => {
    for (const q of ['hooli', 'crm-42', 'grace', 'sso', 'ab']) {
      const expected = await db.salesnipSession.findMany({
        where: { replacedById: null, searchText: { contains: q } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 25,
        select: { id: true },
      })
      const page = await listHistory({ q }, rep.id)
      expect(
        page.rows.map((row) => row.id),
        q,
      ).toEqual(expected.map((row) => row.id))
    }
    // A common term is left to the page's own walk through the newest sessions.
    expect(await searchMatches({ q: 'example' })).toBeUndefined()
  })

  it('counts a view of more than 1,000 sessions as "1,000+", never reading them all', async () => {
    expect(await countHistoryCapped({}, rep.id)).toEqual({ count: 1_000, capped: true })
    expect(await countHistoryCapped({ q: 'quixotic zeb' }, rep.id)).toEqual({
      count: 1,
      capped: false,
    })
    // Common terms are counted over the index's matches, checked against the other filters in SQL.
    for (const view of [
      { q: 'example' },
      { q: 'example', status: 'sent' as const },
      { q: 'example', rep: 'me', currency: 'EUR' as const },
    ]) {
      const expected = await db.salesnipSession.count({
        where: {
          searchText: { contains: view.q },
          ...(view.status ? { status: { in: ['created', 'active'] } } : { replacedById: null }),
          ...(view.rep ? { createdById: rep.id, currency: 'EUR' } : {}),
        },
      })
      expect(await searchMatches(view)).toBeUndefined() // more than the index answers as ids
      expect(await countHistoryCapped(view, rep.id), JSON.stringify(view)).toEqual({
        count: Math.min(expected, 1_000),
        capped: expected > 1_000,
      })
    }
  })

  it("reads a mid-frequency term's pages from the index: the table's rows, in its order, both ways", async () => {
    // Terms matched by between 100 and ~168 of 1,500 sessions: more than the few passed as ids, few
    // enough that the index is cheaper than the walk (searchPageIds).
    const terms: string[] = []
    for (let digit = 0; digit <= 9; digit += 1) {
      const q = `crm-${digit}`
      const count = await db.salesnipSession.count({ where: { searchText: { contains: q } } })
      if (count > 105 && count < 155) terms.push(q)
    }
    expect(terms.length).toBeGreaterThan(0)
    const raw = vi.spyOn(db, '$queryRawUnsafe')
    for (const q of terms)
      for (const sort of ['newest', 'total_asc'] as const) {
        const field = sort === 'newest' ? 'createdAt' : 'openingTotalMinor'
        const direction = sort === 'newest' ? 'desc' : 'asc'
        const expected = await db.salesnipSession.findMany({
          where: { replacedById: null, searchText: { contains: q } },
          orderBy: [{ [field]: direction }, { id: direction }],
          select: { id: true },
        })
        const pages = []
        let after: string | undefined
        for (let guard = 0; guard < 20; guard += 1) {
          const page = await listHistory({ q, sort, after }, rep.id)
          pages.push(page)
          if (!page.next) break
          after = page.next
        }
        expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(
          expected.map((row) => row.id),
        )
        const back = await listHistory({ q, sort, before: pages[1]!.previous! }, rep.id)
        expect(back.rows.map((row) => row.id)).toEqual(pages[0]!.rows.map((row) => row.id))
        // Counted over the same matches, with a filter that leaves some out.
        expect(await countHistoryCapped({ q }, rep.id)).toEqual({
          count: expected.length,
          capped: false,
        })
        const sent = await db.salesnipSession.count({
          where: { status: { in: ['created', 'active'] }, searchText: { contains: q } },
        })
        expect(await countHistoryCapped({ q, status: 'sent' }, rep.id)).toEqual({
          count: sent,
          capped: false,
        })
      }
    expect(raw.mock.calls.some(([sql]) => String(sql).includes('s.rowid IN'))).toBe(true)
    raw.mockRestore()

    // A replaced session leaves the view and its count.
    const [q] = terms
    const before = await countHistoryCapped({ q }, rep.id)
    const [replaced] = (await listHistory({ q }, rep.id)).rows
    await db.salesnipSession.update({
      where: { id: replaced!.id },
      data: { replacedById: 'a-later-session' },
    })
    expect(await countHistoryCapped({ q }, rep.id)).toEqual({
      count: before.count - 1,
      capped: false,
    })
    expect((await listHistory({ q }, rep.id)).rows.map((row) => row.id)).not.toContain(replaced!.id)
  })

  it('merges the search index by steps until it is one segment, and finds the same sessions', async () => {
    // The seeder merged its bulk write; the sessions written one by one since then (and these)
    // each left a segment of their own.
    for (const key of ['merge-1', 'merge-2', 'merge-3']) await sessionFor('Obsidian Kettle', key)
    const segments = async () =>
      Number(
        (
          await db.$queryRawUnsafe<{ n: number | bigint }[]>(
            'SELECT count(*) AS n FROM "SalesnipSessionSearch_idx"',
          )
        )[0]!.n,
      )
    const before = await segments()
    const found = await searchMatches({ q: 'bsidian ket' })
    expect(found).toHaveLength(3)
    expect(await mergeSearchIndex(db, 10_000)).toBeGreaterThan(0)
    expect(await segments()).toBeLessThan(before)
    expect(await mergeSearchIndex(db, 10_000)).toBe(0) // nothing left: a step writes nothing
    expect(await searchMatches({ q: 'bsidian ket' })).toEqual(found)
    expect(await countHistoryCapped({ q: 'example' }, rep.id)).toEqual({
      count: 1_000,
      capped: true,
    })
  })

  it("walks the default view's search through the index of the sessions' text, not their rows", async () => {
    // What a common term's page costs at a million sessions depends on it (migration
    // search_newest_walk): each session passed is checked from the index, its row read only when it
    // matches. The statement is the one Prisma writes for the page's own query.
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT s."id", s."buyerName", s."url" FROM "SalesnipSession" s
        WHERE s."replacedById" IS NULL AND s."searchText" LIKE ('%' || ? || '%')
        ORDER BY s."createdAt" DESC, s."id" DESC LIMIT ? OFFSET ?`,
      'example',
      26,
      0,
    )
    expect(plan.map((step) => step.detail)).toEqual([
      'SEARCH s USING INDEX SalesnipSession_replacedById_createdAt_id_searchText_idx (replacedById=?)',
    ])
    const walked = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT s."id" FROM "SalesnipSession" s WHERE s."replacedById" IS NULL
        AND s."searchText" LIKE ('%' || ? || '%') ORDER BY s."createdAt" DESC, s."id" DESC LIMIT ?`,
      'example',
      26,
    )
    expect(walked.map((step) => step.detail).join()).toContain('USING COVERING INDEX')
  })

  it("walks a common term's page through the view's index, checked against the index's matches", async () => {
    // The read a common term gets on a table large enough for it (searchPageIds): the same rows
    // as the page's own query, in its order, for either sort and past a row.
    for (const sort of ['newest', 'total_desc'] as const) {
      const field = sort === 'newest' ? 'createdAt' : 'openingTotalMinor'
      const expected = await db.salesnipSession.findMany({
        where: { replacedById: null, searchText: { contains: 'example' } },
        orderBy: [{ [field]: 'desc' }, { id: 'desc' }],
        take: 50,
        select: { id: true, [field]: true },
      })
      const read = async (seek: { value: unknown; id: unknown } | null) => {
        const { sql, values } = searchPageStatement(
          {},
          rep.id,
          { field, direction: 'desc', take: 25, seek },
          amongIndexMatches('example'),
        )
        return (await db.$queryRawUnsafe<{ id: string }[]>(sql, ...values)).map((row) => row.id)
      }
      const cut = expected[24]! as Record<string, unknown>
      expect([...(await read(null)), ...(await read({ value: cut[field], id: cut.id }))]).toEqual(
        expected.map((row) => row.id),
      )
    }
  })
})
