import { minorToPlainText } from '@/lib/salesnip/money'
import type { TemplateValues } from './record'

// A template's values as short text per field, so the audit shows what changed in words.
export function auditView(values: TemplateValues): Record<string, string> {
  const period = (p: TemplateValues['recurring']) => (p ? `${p.count} ${p.unit}` : '')
  return {
    productId: values.productId,
    name: values.name,
    description: values.description,
    image: values.image,
    tags: values.tags.join(', '),
    prices: values.prices
      .map(
        (p) =>
          `${p.currency} ${minorToPlainText(p.openingMinor, p.currency)} (floor ${minorToPlainText(p.floorMinor, p.currency)})`,
      )
      .join('; '),
    quantity: values.quantity
      ? `${values.quantity.initial} (${values.quantity.minimum}–${values.quantity.maximum})`
      : '',
    recurring: period(values.recurring),
    trial: period(values.trial),
    metadata: JSON.stringify(values.metadata),
    upsell: values.upsellId ?? '',
    crossSells: values.crossSellIds.join(', '),
  }
}
