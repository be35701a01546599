// Where SaleSnip's reference is silent, these are our choices, kept in one place.
// Each is generous for real catalogues and stops absurd input before it reaches SaleSnip.
export const LIMITS = {
  products: { min: 1, max: 50 }, // the reference: "1 - 50 elements"
  crossSells: { max: 10 }, // the reference: "Maximum length: 10"
  projectId: { max: 100 },
  productId: { max: 100 },
  name: { max: 200 },
  description: { max: 2_000 },
  url: { max: 2_048 },
  // Prices in major units; the largest lets 2 decimals stay exact in minor units.
  price: { max: 1_000_000_000 },
  // The read-back example shows quantity.maximum 100000; a tenfold margin.
  quantity: { min: 1, max: 1_000_000 },
  periodCount: { min: 1, max: 1_000 },
  metadata: { keys: 50, keyLength: 40, valueLength: 500 },
} as const

// Only MONTH appears in SaleSnip's examples; DAY, WEEK and YEAR are the usual set of billing units.
export const PERIOD_UNITS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const

// The callbacks' placeholder that SaleSnip replaces with the session's id.
export const SESSION_ID_PLACEHOLDER = '{SESSION_ID}'
