import type { Database, Prisma } from '@/lib/db/types'
import type { Currency } from '@/lib/salesnip/currencies'
import type { TemplateValues } from './record'

// A template row as the database holds it, and its values as the app keeps them. Pure: the
// catalogue's queries and the history seeder (with its own client) read templates the same way.

export const recordSelect = {
  id: true,
  version: true,
  archivedAt: true,
  productId: true,
  name: true,
  description: true,
  image: true,
  quantityInitial: true,
  quantityMinimum: true,
  quantityMaximum: true,
  recurringUnit: true,
  recurringCount: true,
  trialUnit: true,
  trialCount: true,
  metadata: true,
  upsellId: true,
  tags: { select: { tag: true }, orderBy: { tag: 'asc' as const } },
  prices: {
    select: { currency: true, openingMinor: true, floorMinor: true },
    orderBy: { currency: 'asc' as const },
  },
  // The link's own column: selecting the cross-sell itself costs Prisma one more query per read.
  crossSells: { select: { crossSellId: true }, orderBy: { position: 'asc' as const } },
}

type RecordRow = Prisma.TemplateGetPayload<{ select: typeof recordSelect }>

/** A template's values as stored, with its version and whether it is archived. */
export type TemplateRecord = {
  id: string
  version: number
  archived: boolean
  values: TemplateValues
}

export function recordOf(row: RecordRow): TemplateRecord {
  const period = (unit: string | null, count: number | null) =>
    unit && count ? { unit: unit as 'DAY' | 'WEEK' | 'MONTH' | 'YEAR', count } : null
  return {
    id: row.id,
    version: row.version,
    archived: row.archivedAt !== null,
    values: {
      productId: row.productId,
      name: row.name,
      description: row.description,
      image: row.image,
      tags: row.tags.map((entry) => entry.tag),
      prices: row.prices.map((price) => ({
        currency: price.currency as Currency,
        openingMinor: Number(price.openingMinor),
        floorMinor: Number(price.floorMinor),
      })),
      quantity:
        row.quantityInitial !== null && row.quantityMinimum !== null && row.quantityMaximum !== null
          ? {
              initial: row.quantityInitial,
              minimum: row.quantityMinimum,
              maximum: row.quantityMaximum,
            }
          : null,
      recurring: period(row.recurringUnit, row.recurringCount),
      trial: period(row.trialUnit, row.trialCount),
      metadata: JSON.parse(row.metadata) as Record<string, string>,
      upsellId: row.upsellId,
      crossSellIds: row.crossSells.map((entry) => entry.crossSellId),
    },
  }
}

/** The catalogue's templates, read with a given client (a seeder's own) the way the app reads them. */
export async function readTemplateRecords(db: Database, ids: string[]) {
  const rows = await db.template.findMany({
    where: { id: { in: ids } },
    orderBy: { productId: 'asc' },
    select: recordSelect,
  })
  return rows.map(recordOf)
}
