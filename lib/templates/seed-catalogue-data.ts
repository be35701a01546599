import type { Transaction } from '@/lib/db/types'
import { toMinorUnits } from '@/lib/salesnip/money'
import type { TemplateValues } from './record'
import { CATALOGUE } from './seed-catalogue'
import { templateColumns, writeTemplateChildren } from './write-data'

export async function seedCatalogue(tx: Transaction): Promise<void> {
  const ids = new Map<string, string>()
  for (const seed of CATALOGUE) {
    const values: TemplateValues = {
      productId: seed.productId,
      name: seed.name,
      description: seed.description ?? '',
      image: '',
      tags: seed.tags,
      prices: seed.prices.map(([currency, opening, floor]) => ({
        currency,
        openingMinor: toMinorUnits(opening, currency)!,
        floorMinor: toMinorUnits(floor, currency)!,
      })),
      quantity: seed.quantity ?? null,
      recurring: seed.recurring ?? null,
      trial: seed.trial ?? null,
      metadata: seed.metadata ?? {},
      upsellId: seed.upsell ? ids.get(seed.upsell)! : null,
      crossSellIds: (seed.crossSells ?? []).map((productId) => ids.get(productId)!),
    }
    const { id } = await tx.template.create({
      data: { ...templateColumns(values), archivedAt: seed.archived ? new Date() : null },
      select: { id: true },
    })
    await writeTemplateChildren(tx, id, values)
    ids.set(seed.productId, id)
  }
}
