import { searchNormal } from '@/lib/literal-search'
import type { ProductLine } from '@/lib/salesnip/build-session-body'
import type { Currency } from '@/lib/salesnip/currencies'
import type { PERIOD_UNITS } from '@/lib/salesnip/limits'
import { minorToPlainText, toMinorUnits } from '@/lib/salesnip/money'
import { parseTags, type TemplateFormInput } from './schema'

// A template's values as the app keeps them (money in minor units), and the conversions to the
// form (text as typed) and to a SaleSnip product line (for one currency).

type Unit = (typeof PERIOD_UNITS)[number]
export type TemplateValues = {
  productId: string
  name: string
  description: string
  image: string
  tags: string[]
  prices: { currency: Currency; openingMinor: number; floorMinor: number }[]
  quantity: { initial: number; minimum: number; maximum: number } | null
  recurring: { unit: Unit; count: number } | null
  trial: { unit: Unit; count: number } | null
  metadata: Record<string, string>
  upsellId: string | null
  crossSellIds: string[]
}

/** A valid form (templateFormSchema passed) to values. */
export function formToValues(form: TemplateFormInput): TemplateValues {
  const period = ({ unit, count }: { unit: Unit | ''; count: string }) =>
    unit && count ? { unit, count: Number(count) } : null
  const q = form.quantity
  return {
    productId: form.productId,
    name: form.name,
    description: form.description,
    image: form.image,
    tags: parseTags(form.tags),
    prices: form.prices.map((row) => ({
      currency: row.currency,
      openingMinor: toMinorUnits(row.opening, row.currency) ?? 0,
      floorMinor: toMinorUnits(row.floor, row.currency) ?? 0,
    })),
    quantity:
      q.initial === ''
        ? null
        : { initial: Number(q.initial), minimum: Number(q.minimum), maximum: Number(q.maximum) },
    recurring: period(form.recurring),
    trial: period(form.trial),
    metadata: Object.fromEntries(form.metadata.map((row) => [row.key, row.value])),
    upsellId: form.upsellId || null,
    crossSellIds: form.crossSells.map((row) => row.templateId),
  }
}

export function valuesToForm(
  values: TemplateValues,
  meta: { templateId: string; version: number },
): TemplateFormInput {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n))
  return {
    ...meta,
    productId: values.productId,
    name: values.name,
    description: values.description,
    image: values.image,
    tags: values.tags.join(', '),
    prices: values.prices.map((price) => ({
      currency: price.currency,
      opening: minorToPlainText(price.openingMinor, price.currency),
      floor: minorToPlainText(price.floorMinor, price.currency),
    })),
    quantity: {
      initial: text(values.quantity?.initial),
      minimum: text(values.quantity?.minimum),
      maximum: text(values.quantity?.maximum),
    },
    recurring: { unit: values.recurring?.unit ?? '', count: text(values.recurring?.count) },
    trial: { unit: values.trial?.unit ?? '', count: text(values.trial?.count) },
    metadata: Object.entries(values.metadata).map(([key, value]) => ({ key, value })),
    upsellId: values.upsellId ?? '',
    crossSells: values.crossSellIds.map((templateId) => ({ templateId })),
  }
}

/** The SaleSnip product line of a template in one currency, or null when it has no price there. */
export function valuesToLine(values: TemplateValues, currency: string): ProductLine | null {
  const price = values.prices.find((row) => row.currency === currency)
  return price ? templateLine(values, price) : null
}

/** The SaleSnip product line of a template at the given prices (a rep's adjusted ones, say). */
export function templateLine(
  values: TemplateValues,
  price: { openingMinor: number; floorMinor: number },
): ProductLine {
  return {
    id: values.productId,
    name: values.name,
    description: values.description || undefined,
    image: values.image || undefined,
    openingMinor: price.openingMinor,
    floorMinor: price.floorMinor,
    quantity: values.quantity ?? undefined,
    recurring: values.recurring ?? undefined,
    trial: values.trial ?? undefined,
    metadata: values.metadata,
  }
}

/** The lower-case text that search looks in: name, product id and tags. */
export function searchTextOf(values: Pick<TemplateValues, 'name' | 'productId' | 'tags'>): string {
  return searchNormal([values.name, values.productId, ...values.tags].join(' '))
}
