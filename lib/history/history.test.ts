import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The shared history on a seeded database: pages that follow each other without gaps or repeats,
// filters and search that mean what they say, and the CSV of a view.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-history-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { allHistoryPages } from '@/lib/testing/history-pages'
import { seedHistory } from './seed-history-data'
import { csvField, csvHeader, csvLine } from './csv'
import { countHistory, countHistoryCapped } from './count-data'
import { listHistory } from './data'
import { exportBatches } from './export-data'
import type { HistoryQuery } from './query'

let repId = ''
beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  await seedHistory(`file:./${databaseFile}`, 600, () => {})
  repId = (await db.user.findFirstOrThrow({ where: { role: 'rep' } })).id
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

const allPages = (query: HistoryQuery) => allHistoryPages(query, repId)

describe('the history', () => {
  it('pages through every session newest first, with no gap and no repeat, and back again', async () => {
    const rows = await allPages({})
    expect(rows).toHaveLength(600)
    expect(new Set(rows.map((row) => row.id)).size).toBe(600)
    const times = rows.map((row) => row.createdAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const first = await listHistory({}, repId)
    const second = await listHistory({ after: first.next! }, repId)
    const back = await listHistory({ before: second.previous! }, repId)
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id))
    expect(first.previous).toBeNull()
  })

  it("reads a short page (the home page's lists) as the first rows of the view's own page", async () => {
    const views: HistoryQuery[] = [
      { rep: 'me' },
      { status: 'accepted' },
      { status: 'sent' }, // two stored statuses, merged
      { sort: 'total_desc', rep: 'me' },
      { template: (await db.template.findFirstOrThrow()).id },
    ]
    for (const view of views) {
      const page = await listHistory(view, repId)
      const short = await listHistory(view, repId, 5)
      expect(short.rows.map((row) => row.id)).toEqual(page.rows.slice(0, 5).map((row) => row.id))
      const next = await listHistory({ ...view, after: short.next! }, repId, 5)
      expect(next.rows.map((row) => row.id)).toEqual(page.rows.slice(5, 10).map((row) => row.id))
    }
  })

  it('sorts by opening total, and filters by rep, status, currency and date', async () => {
    const byTotal = await allPages({ sort: 'total_desc' })
    const totals = byTotal.map((row) => row.openingTotalMinor)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))

    const mine = await allPages({ rep: 'me', status: 'accepted', currency: 'EUR' })
    expect(mine.length).toBeGreaterThan(0)
    const rep = await db.user.findUniqueOrThrow({ where: { id: repId } })
    for (const row of mine) {
      expect(row).toMatchObject({ repName: rep.name, status: 'complete', currency: 'EUR' })
    }
    const day = byTotal[0]!.createdAt.toISOString().slice(0, 10)
    const thatDay = await allPages({ from: day, to: day })
    expect(thatDay.every((row) => row.createdAt.toISOString().startsWith(day))).toBe(true)
    expect(thatDay.map((row) => row.id)).toContain(byTotal[0]!.id)
  })

  it('searches buyer, company, product and session id, ignoring case', async () => {
    const [sample] = (await listHistory({ status: 'sent' }, repId)).rows
    for (const text of [
      sample!.buyerName.toUpperCase(),
      sample!.buyerCompany.toLowerCase(),
      sample!.salesnipId!,
      sample!.dealReference,
    ]) {
      const found = await allPages({ q: text })
      expect(found.map((row) => row.id)).toContain(sample!.id)
    }
  })

  it('filters by a product template', async () => {
    const template = await db.template.findUniqueOrThrow({ where: { productId: 'sso-saml' } })
    const rows = await allPages({ template: template.id })
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.productNames).toContain('SSO / SAML')
  })

  it("reads a template's sessions join first: the very rows, pages and counts of a plain filter", async () => {
    const templates = await db.template.findMany({ select: { id: true } })
    for (const { id: template } of templates) {
      for (const view of [
        { template },
        { template, sort: 'oldest' as const },
        { template, rep: 'me', status: 'accepted' as const },
      ]) {
        const expected = await db.salesnipSession.findMany({
          where: {
            templates: { some: { templateId: template } },
            ...(view.rep ? { createdById: repId, status: 'complete' } : {}),
            replacedById: view.status ? undefined : null,
          },
          orderBy: view.sort
            ? [{ createdAt: 'asc' }, { id: 'asc' }]
            : [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { id: true },
        })
        const ids = expected.map((row) => row.id)
        expect((await allPages(view)).map((row) => row.id)).toEqual(ids)
        expect(await countHistoryCapped(view, repId)).toEqual({ count: ids.length, capped: false })
        expect(await countHistory(view, repId)).toBe(ids.length)
        let exported: string[] = []
        for await (const batch of exportBatches(view, repId, 7))
          exported = [...exported, ...batch.map((row) => row.id)]
        expect(exported).toEqual(ids)
      }
    }
    // And back: the page before the second is the first.
    const first = await listHistory({ template: templates[0]!.id }, repId)
    const second = await listHistory({ template: templates[0]!.id, after: first.next! }, repId)
    const back = await listHistory({ template: templates[0]!.id, before: second.previous! }, repId)
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id))
  })

  it('exports a view as CSV in batches, escaping what a spreadsheet would run', async () => {
    let lines = 0
    for await (const batch of exportBatches({ status: 'failed' }, repId, 50)) lines += batch.length
    expect(lines).toBe((await allPages({ status: 'failed' })).length)
    expect(csvHeader()).toBe(
      'created_at,status,buyer_name,buyer_email,company,deal_reference,rep,products,currency,opening_total,agreed_total,discount_percent,salesnip_session_id,link\r\n',
    )
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('Acme, Inc')).toBe('"Acme, Inc"')
    // Spreadsheets that split on ";" or tabs, and formulas after whitespace (the hostile review).
    expect(csvField('x;=1+1')).toBe('"x;=1+1"')
    expect(csvField('a\t=1+1')).toBe('"a\t=1+1"')
    expect(csvField('  =1+1')).toBe("'  =1+1")
    expect(csvField('Plain text')).toBe('Plain text')
    const [row] = (await listHistory({ status: 'accepted' }, repId)).rows
    const line = csvLine({ ...row!, createdAt: row!.createdAt.toISOString() })
    expect(line).not.toContain(row!.id) // no internal id
    expect(line.endsWith('\r\n')).toBe(true)
  })
})

describe('the dashboard', () => {
  it('counts from aggregates what the rows say', async () => {
    const { readDashboard } = await import('@/lib/dashboard/data')
    const range = {
      from: new Date(Date.now() - 400 * 86_400_000),
      until: new Date(Date.now() + 86_400_000),
    }
    const figures = await readDashboard(range)
    const rows = await allPages({})
    const created = rows.filter((row) => ['created', 'active', 'complete'].includes(row.status))
    const complete = rows.filter((row) => row.status === 'complete')
    expect(figures.created).toBe(created.length)
    expect(figures.complete).toBe(complete.length)
    expect(figures.completionRate).toBeCloseTo(complete.length / created.length)
    expect(figures.perRep.reduce((sum, rep) => sum + rep.created, 0)).toBe(created.length)
    const usd = complete
      .filter((row) => row.currency === 'USD')
      .reduce((sum, row) => sum + row.agreedTotalMinor!, 0)
    expect(figures.revenueByCurrency.find((row) => row.currency === 'USD')?.agreedMinor).toBe(usd)
    const discounts = complete.map((row) => row.discountBp!)
    expect(figures.averageDiscountBp).toBe(
      Math.round(discounts.reduce((a, b) => a + b, 0) / discounts.length),
    )
    expect(figures.topAccepted.length).toBeGreaterThan(0)
    const counts = figures.topAccepted.map((row) => row.accepted)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})
