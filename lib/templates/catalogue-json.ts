import { z } from '@/lib/zod'
import { currencySchema, type Currency } from '@/lib/salesnip/currencies'
import { toMajorUnits, toMinorUnits } from '@/lib/salesnip/money'
import { priceSchema, productSchema } from '@/lib/salesnip/schemas'
import type { TemplateValues } from './record'
import { TEMPLATE_LIMITS } from './schema'

// The catalogue file: a JSON array of products in SaleSnip's product shape, one per line when we
// write it. A product's price is either SaleSnip's own `price` with a `currency`, or `prices` by
// currency; `tags`, `upsell` and `crossSells` (product ids) carry the catalogue's own links.

export const catalogueItemSchema = productSchema
  .omit({ price: true, upsellProduct: true })
  .extend({
    price: priceSchema.optional(),
    currency: currencySchema.optional(),
    prices: z.partialRecord(currencySchema, priceSchema).optional(),
    tags: z
      .array(z.string().trim().toLowerCase().min(1).max(TEMPLATE_LIMITS.tagLength))
      .max(TEMPLATE_LIMITS.tags)
      .optional(),
    upsell: z.string().min(1).optional(),
    crossSells: z.array(z.string().min(1)).max(10).optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .superRefine((item, context) => {
    const prices = pricesOf(item)
    if (prices.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['prices'],
        message: 'Give `prices` by currency, or `price` with `currency`.',
      })
    }
    for (const [currency, price] of prices) {
      for (const key of ['initial', 'minimum'] as const) {
        if (toMinorUnits(price[key], currency) === null) {
          const path = item.prices ? ['prices', currency, key] : ['price', key]
          context.addIssue({ code: 'custom', path, message: `Not an exact amount in ${currency}.` })
        }
      }
    }
  })

export type CatalogueItem = z.infer<typeof catalogueItemSchema>

function pricesOf(
  item: Pick<CatalogueItem, 'price' | 'currency' | 'prices'>,
): [Currency, { initial: number; minimum: number }][] {
  if (item.prices)
    return Object.entries(item.prices) as [Currency, { initial: number; minimum: number }][]
  return item.price && item.currency ? [[item.currency, item.price]] : []
}

/** An item's values, with links still as product ids (resolved by the importer). */
export function itemToValues(
  item: CatalogueItem,
): Omit<TemplateValues, 'upsellId' | 'crossSellIds'> {
  return {
    productId: item.id,
    name: item.name,
    description: item.description ?? '',
    image: item.image ?? '',
    tags: [...new Set(item.tags ?? [])],
    prices: pricesOf(item).map(([currency, price]) => ({
      currency,
      openingMinor: toMinorUnits(price.initial, currency)!,
      floorMinor: toMinorUnits(price.minimum, currency)!,
    })),
    quantity: item.quantity ?? null,
    recurring: item.recurring ?? null,
    trial: item.trial ?? null,
    metadata: item.metadata ?? {},
  }
}

/** A template as a catalogue item (the export), links as product ids. */
export function valuesToItem(
  values: TemplateValues,
  links: { upsell?: string; crossSells: string[]; archived: boolean },
) {
  return {
    id: values.productId,
    name: values.name,
    ...(values.description ? { description: values.description } : {}),
    ...(values.image ? { image: values.image } : {}),
    prices: Object.fromEntries(
      values.prices.map((p) => [
        p.currency,
        {
          initial: toMajorUnits(p.openingMinor, p.currency),
          minimum: toMajorUnits(p.floorMinor, p.currency),
        },
      ]),
    ),
    ...(values.quantity
      ? {
          quantity: {
            initial: values.quantity.initial,
            maximum: values.quantity.maximum,
            minimum: values.quantity.minimum,
          },
        }
      : {}),
    ...(values.recurring ? { recurring: values.recurring } : {}),
    ...(values.trial ? { trial: values.trial } : {}),
    ...(Object.keys(values.metadata).length ? { metadata: values.metadata } : {}),
    ...(values.tags.length ? { tags: values.tags } : {}),
    ...(links.upsell ? { upsell: links.upsell } : {}),
    ...(links.crossSells.length ? { crossSells: links.crossSells } : {}),
    ...(links.archived ? { archived: true } : {}),
  }
}

/** The line on which each element of a top-level JSON array starts (1-based). */
export function elementLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let inString = false
  let expectingElement = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (char === '\n') line += 1
    if (inString) {
      if (char === '\\') i += 1
      else if (char === '"') inString = false
      continue
    }
    if (/\s/.test(char)) continue
    if (depth === 1 && expectingElement && char !== ']') {
      lines.push(line)
      expectingElement = false
    }
    if (char === '"') inString = true
    else if (char === '[' || char === '{') {
      depth += 1
      if (depth === 1) expectingElement = true
    } else if (char === ']' || char === '}') depth -= 1
    else if (char === ',' && depth === 1) expectingElement = true
  }
  return lines
}
