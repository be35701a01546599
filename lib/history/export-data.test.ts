import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The CSV export reads a view through the database's own driver, and some counts read it in one
// statement, with the view's filters written as SQL (view-sql.ts). Whatever the view, they must give
// the very rows the History pages give through Prisma, in the same order, across batches that split
// ties.

// On SQLite here; `npm test` runs this file once more on its PostgreSQL (TEST_POSTGRES_URL).
const databaseUrl = vi.hoisted(() => {
  const url = process.env.TEST_POSTGRES_URL ?? `file:./data/test-export-${process.pid}.db`
  process.env.DATABASE_URL = url
  return url
})
const kind = databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres'

import { db } from '@/lib/db/client'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { countHistory, countHistoryCapped } from './count-data'
import { listHistory } from './data'
import { exportBatches, type ExportRow } from './export-data'
import { historyPageArgs } from './cursor'
import { totalPageIds } from './total-page-data'
import type { HistoryQuery } from './query'
import { allHistoryPages } from '@/lib/testing/history-pages'
import { seedHistory } from './seed-history-data'

let repId = ''
beforeAll(async () => {
  await migrateDatabase(databaseUrl)
  await seedIfEmpty(db, { kind, withDemoData: true })
  await seedHistory(databaseUrl, 700, () => {})
  repId = (await db.user.findFirstOrThrow({ where: { role: 'rep' } })).id
})
afterAll(async () => {
  await db.$disconnect()
  if (kind === 'sqlite') removeSqliteFiles(databaseUrl)
})

const pagesOf = (query: HistoryQuery) => allHistoryPages(query, repId)

async function exported(query: HistoryQuery, batchSize: number): Promise<ExportRow[]> {
  const rows: ExportRow[] = []
  for await (const batch of exportBatches(query, repId, batchSize)) rows.push(...batch)
  return rows
}

describe(`the export's own reading of a view (${kind})`, () => {
  it('gives the rows the pages give, in their order, for every filter, search and sort', async () => {
    const otherRep = await db.user.findFirstOrThrow({ where: { role: 'manager' } })
    const templates = await db.template.findMany({ select: { id: true }, take: 2 })
    const [newest] = (await listHistory({}, repId)).rows
    const [sample] = (await listHistory({ status: 'sent', sort: 'oldest' }, repId)).rows
    const day = newest!.createdAt.toISOString().slice(0, 10)
    const monthAgo = new Date(newest!.createdAt.getTime() - 30 * 86_400_000)
    const views: HistoryQuery[] = [
      {},
      { sort: 'oldest' },
      { sort: 'total_desc' },
      { sort: 'total_asc' },
      { status: 'sent' },
      { status: 'failed' },
      { status: 'accepted', sort: 'total_asc' },
      { rep: 'me' },
      { rep: otherRep.id, sort: 'oldest' },
      { currency: 'EUR' },
      { from: day },
      { to: day, sort: 'total_desc' },
      { from: monthAgo.toISOString().slice(0, 10), to: day },
      { q: sample!.buyerCompany.toUpperCase() },
      { q: sample!.buyerName, sort: 'total_desc' },
      { q: 'e' }, // under three characters: not in SQLite's search index
      { q: 'no such buyer anywhere' },
      { template: templates[0]!.id },
      { template: templates[1]!.id, sort: 'total_desc' },
      { template: templates[0]!.id, rep: 'me', status: 'accepted' },
      { rep: 'me', status: 'accepted', currency: 'EUR', sort: 'oldest' },
    ]
    let nonEmpty = 0
    for (const view of views) {
      // The export keeps each time as its ISO text (ExportRow); the pages, as a Date.
      const expected = (await pagesOf(view)).map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
      }))
      if (expected.length > 0) nonEmpty += 1
      expect({ view, rows: await exported(view, 7) }).toEqual({ view, rows: expected })
      // The counts (the page's capped one, the export's exact one) read the same SQL filters.
      expect({ view, count: await countHistory(view, repId) }).toEqual({
        view,
        count: expected.length,
      })
      expect({ view, capped: await countHistoryCapped(view, repId) }).toEqual({
        view,
        capped: { count: Math.min(expected.length, 1_000), capped: expected.length > 1_000 },
      })
    }
    expect(nonEmpty).toBe(views.length - 1) // only the search for nothing finds nothing
    expect((await exported({}, 1_000)).length).toBe(700)
  })

  it('pages "Sent" (two stored statuses) as one plain read orders it, and back', async () => {
    const views: HistoryQuery[] = [
      { status: 'sent' },
      { status: 'sent', sort: 'oldest' },
      { status: 'sent', sort: 'total_desc' },
      { status: 'sent', sort: 'total_asc', rep: 'me' },
      { status: 'sent', currency: 'EUR' },
    ]
    for (const view of views) {
      const { where, orderBy } = historyPageArgs(view, repId)
      const plain = await db.salesnipSession.findMany({
        where,
        orderBy,
        select: { id: true, status: true },
      })
      expect(new Set(plain.map((row) => row.status))).toEqual(new Set(['created', 'active']))
      const pages = await pagesOf(view)
      expect({ view, ids: pages.map((row) => row.id) }).toEqual({
        view,
        ids: plain.map((row) => row.id),
      })
      const first = await listHistory(view, repId)
      const second = await listHistory({ ...view, after: first.next! }, repId)
      const third = await listHistory({ ...view, after: second.next! }, repId)
      const backToSecond = await listHistory({ ...view, before: third.previous! }, repId)
      const backToFirst = await listHistory({ ...view, before: second.previous! }, repId)
      expect(backToSecond.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id))
      expect(backToFirst.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id))
    }
  })

  it.runIf(kind === 'sqlite')(
    "reads a page by total from a walk of the total's index only when the walk finds it whole",
    async () => {
      const page = { field: 'openingTotalMinor', direction: 'desc' as const, take: 26, seek: null }
      // A filter every session meets: without one, the page's own query reads the index itself.
      const dense: HistoryQuery = { sort: 'total_desc', from: '2000-01-01' }
      expect(await totalPageIds({ sort: 'total_desc' }, repId, page, 60)).toBeUndefined()
      const walked = await totalPageIds(dense, repId, page, 60)
      const plain = await pagesOf(dense)
      expect(walked).toEqual(plain.slice(0, 26).map((row) => row.id))
      // A rep's accepted sessions in euros are fewer than a page among the 60 largest totals.
      const sparse: HistoryQuery = {
        sort: 'total_desc',
        rep: 'me',
        status: 'accepted',
        currency: 'EUR',
      }
      expect(await totalPageIds(sparse, repId, page, 60)).toBeUndefined()
      expect((await pagesOf(sparse)).length).toBeGreaterThan(0)
    },
  )

  it('orders rows with the same total by id across batch boundaries', async () => {
    const rows = await exported({ sort: 'total_asc' }, 3)
    const totals = rows.map((row) => row.openingTotalMinor)
    expect(new Set(totals).size).toBeLessThan(rows.length) // ties exist, and were split
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
  })
})
