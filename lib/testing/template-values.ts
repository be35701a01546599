import type { TemplateValues } from '@/lib/templates/record'

/**
 * A template's values with nothing optional set (no description, image, tags, quantities, billing,
 * trial, metadata or links), priced in USD; for tests that change only what they are about.
 */
export const plainTemplateValues = (
  productId: string,
  overrides: Partial<TemplateValues> = {},
): TemplateValues => ({
  productId,
  name: productId.toUpperCase(),
  description: '',
  image: '',
  tags: [],
  prices: [{ currency: 'USD', openingMinor: 10_000, floorMinor: 8_000 }],
  quantity: null,
  recurring: null,
  trial: null,
  metadata: {},
  upsellId: null,
  crossSellIds: [],
  ...overrides,
})
