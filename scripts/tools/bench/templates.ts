// The catalogue page (search + filter + sort) with 5,000 templates.
import { createDatabaseClient } from '@/lib/db/create-client'
import { searchTextOf } from '@/lib/templates/record'
import { percentile, report, timeRequests } from './measure'

const COUNT = 5_000
const WORDS = [
  'Pro',
  'Starter',
  'Team',
  'Enterprise',
  'Growth',
  'Scale',
  'Seats',
  'Support',
  'Analytics',
  'Storage',
]
const TAGS = ['monthly', 'annual', 'add-on', 'pro', 'services', 'security']

export async function fillCatalogue(databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl)
  try {
    const templates = Array.from({ length: COUNT }, (_, i) => {
      const name = `${WORDS[i % WORDS.length]} ${Math.floor(i / WORDS.length)}`
      const productId = `bench-${i}`
      const tags = [TAGS[i % TAGS.length]!, TAGS[(i + 2) % TAGS.length]!]
      return {
        id: `bench_${i}`,
        productId,
        name,
        searchText: searchTextOf({ name, productId, tags }),
        tags,
      }
    })
    for (let i = 0; i < COUNT; i += 1_000) {
      const batch = templates.slice(i, i + 1_000)
      await db.template.createMany({
        data: batch.map((t) => ({
          id: t.id,
          productId: t.productId,
          name: t.name,
          searchText: t.searchText,
        })),
      })
      await db.templatePrice.createMany({
        data: batch.flatMap((t, j) => [
          {
            templateId: t.id,
            currency: 'USD',
            openingMinor: BigInt(1_000 + j),
            floorMinor: BigInt(800 + j),
          },
          ...(j % 3 === 0
            ? [
                {
                  templateId: t.id,
                  currency: 'EUR',
                  openingMinor: BigInt(900 + j),
                  floorMinor: BigInt(700),
                },
              ]
            : []),
        ]),
      })
      await db.templateTag.createMany({
        data: batch.flatMap((t) => t.tags.map((tag) => ({ templateId: t.id, tag }))),
      })
    }
  } finally {
    await db.$disconnect()
  }
}

export async function benchTemplateList(baseUrl: string, cookie: string): Promise<void> {
  const url = `${baseUrl}/templates?q=pro&tag=monthly&currency=USD&sort=updated&page=2`
  const samples = await timeRequests(url, 200, { cookie })
  console.log(`templates: ${COUNT} templates; 200 requests of ${url.replace(baseUrl, '')}`)
  report('templates.list.p50_ms', percentile(samples, 50), 'ms')
  report('templates.list.p95_ms', percentile(samples, 95), 'ms')
}
