import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// A large import must not hold the database for the team: the hostile review's 3,000-product file
// kept a rep's history page and draft save waiting 21 s. Other writes now go between its batches.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-import-batches-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { importCatalogue } from './import-data'

let adminId = ''
beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  adminId = (await db.user.findFirstOrThrow({ where: { role: 'admin' } })).id
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('a large catalogue import', () => {
  it("lets a rep's write through while it runs, and still imports every product", async () => {
    const file = JSON.stringify(
      Array.from({ length: 600 }, (_, i) => ({
        id: `bulk-${i}`,
        name: `Bulk product ${i}`,
        currency: 'USD',
        price: { initial: 20, minimum: 10 },
      })),
    )
    const order: string[] = []
    const importing = importCatalogue(file, adminId).then((result) => {
      order.push('import finished')
      return result
    })
    // A rep saving a draft while the import runs.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await db.draft.create({ data: { ownerId: adminId, title: 'Meanwhile', composition: '{}' } })
    order.push('draft saved')
    expect(await importing).toEqual({ ok: true, created: 600, updated: 0 })
    expect(order).toEqual(['draft saved', 'import finished'])
    expect(await db.template.count({ where: { productId: { startsWith: 'bulk-' } } })).toBe(600)
  })
})
