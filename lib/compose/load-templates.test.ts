import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The templates a composition uses, as the create re-checks them and the picker offers them: each
// with its upsell (none when archived), its cross-sells in their order, read from a real database.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-load-templates-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { saveTemplate, setTemplateArchived } from '@/lib/templates/data'
import type { TemplateValues } from '@/lib/templates/record'
import { plainTemplateValues } from '@/lib/testing/template-values'
import { loadComposeTemplates, searchComposeTemplates } from './load-templates'

const run = `lt${process.pid}`
let actorId = ''

const values = (name: string, links: Partial<TemplateValues> = {}): TemplateValues =>
  plainTemplateValues(`${run}-${name.toLowerCase()}`, { name: `${run} ${name}`, ...links })

async function save(name: string, links: Partial<TemplateValues> = {}): Promise<string> {
  const saved = await saveTemplate({ id: null, version: 0, values: values(name, links), actorId })
  if (saved.kind !== 'saved') throw new Error('not saved')
  return saved.id
}

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  actorId = (await db.user.findFirstOrThrow({ where: { role: 'admin' } })).id
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('loadComposeTemplates', () => {
  it('reads each template with its upsell and its cross-sells in order, and only those asked for', async () => {
    const upsell = await save('Upsell')
    const first = await save('First')
    const second = await save('Second')
    const main = await save('Main', { upsellId: upsell, crossSellIds: [second, first] })
    const plain = await save('Plain')

    const lookup = await loadComposeTemplates([main, plain, 'no-such-template'])

    expect(Object.keys(lookup).sort()).toEqual([main, plain].sort())
    expect(lookup[main]!.values.crossSellIds).toEqual([second, first])
    expect(lookup[main]!.upsell).toMatchObject({
      id: upsell,
      version: 1,
      values: { name: `${run} Upsell` },
    })
    expect(lookup[plain]!.upsell).toBeNull()
  })

  it('offers no upsell once it is archived, and the picker finds the template with its upsell', async () => {
    const upsell = await save('Retired upsell')
    const main = await save('Searched', { upsellId: upsell })
    expect((await loadComposeTemplates([main]))[main]!.upsell?.id).toBe(upsell)

    const [found] = await searchComposeTemplates(`${run} Searched`)
    expect(found).toMatchObject({ id: main, upsell: { id: upsell } })

    await setTemplateArchived({ id: upsell, archived: true, actorId })
    expect((await loadComposeTemplates([main]))[main]!.upsell).toBeNull()
  })
})
