import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// What a hostile review typed into the history: "%" and "_" in a search are what was typed, not
// LIKE's wildcards; a cursor edited by hand is no cursor.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-hostile-queries-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { createCompanySession } from '@/lib/testing/company-session'
import { encodeCursor } from '@/lib/keyset-cursor'
import { listHistory } from './data'

let repId = ''
const companies = ['Extra Co', 'Ex_ra Ltd', '100% Widgets', 'Back\\slash AG']

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  const rep = await db.user.findFirstOrThrow({ where: { role: 'rep' } })
  repId = rep.id
  for (const [index, company] of companies.entries()) {
    await createCompanySession(rep, company, `literal-${index}`)
  }
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

const companiesFound = async (q: string) =>
  (await listHistory({ q }, repId)).rows.map((row) => row.buyerCompany).sort()

describe('history search', () => {
  it('finds "%", "_" and "\\" only where they were typed', async () => {
    expect(await companiesFound('%')).toEqual(['100% Widgets'])
    expect(await companiesFound('ex_ra')).toEqual(['Ex_ra Ltd'])
    expect(await companiesFound('k\\s')).toEqual(['Back\\slash AG'])
  })

  it('still ignores case', async () => {
    expect(await companiesFound('EXTRA')).toEqual(['Extra Co'])
  })
})

describe('history cursors from the address', () => {
  it('treats a cursor out of range, or not a cursor at all, as the first page', async () => {
    const first = await listHistory({ sort: 'total_desc' }, repId)
    for (const value of ['99999999999999999999', '1e308', '-', 'x'.repeat(40)]) {
      const after = encodeCursor({ value, id: 'zzz' })
      const page = await listHistory({ sort: 'total_desc', after }, repId)
      expect(page.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id))
      const byDate = await listHistory({ after }, repId)
      expect(byDate.rows.length).toBeGreaterThan(0)
    }
    expect((await listHistory({ after: '%%%not-base64' }, repId)).rows.length).toBeGreaterThan(0)
  })
})
