import type { TemplateValues } from '@/lib/templates/record'

// A template as the composer needs it: its values, the version it was read at, and its upsell.
// The page and the picker hand these to the browser; the create action reads them afresh.

export type ComposeTemplate = {
  id: string
  version: number
  archived: boolean
  values: TemplateValues
  upsell: { id: string; version: number; values: TemplateValues } | null
}

/** Templates by id: the composer's lookup (plain data, so it crosses to the browser as is). */
export type TemplateLookup = Record<string, ComposeTemplate>

/** A template's price in one currency, or null when it has none there. */
export function priceIn(values: TemplateValues, currency: string) {
  return values.prices.find((price) => price.currency === currency) ?? null
}
