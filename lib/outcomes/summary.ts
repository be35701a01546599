import { percentOfBp } from '@/lib/percent'
import { toMinorUnitsRounded } from '@/lib/salesnip/money'
import type { GetSessionResponse } from '@/lib/salesnip/schemas'

// How a negotiation ended, from GET /v1/sessions/{id}: per product the agreed (`current`) price and
// quantity against the opening price and floor, and for the session the agreed total and the
// discount from the opening prices.

export type ProductOutcome = {
  id: string
  name: string
  openingMinor: number
  floorMinor: number
  agreedMinor: number
  quantity: { agreed: number; opening: number } | null
  /** (opening − agreed) / opening, in 1/100 % (1250 = 12.5 %). */
  discountBp: number
  main: boolean
}

export type Outcome = {
  status: 'active' | 'complete'
  products: ProductOutcome[]
  /** Σ agreed price × agreed quantity of every product active in the session, extras included. */
  agreedTotalMinor: number
  /** Of the main products: 1 − Σ agreed × quantity / Σ opening × quantity, in 1/100 %. */
  discountBp: number | null
}

export function summariseOutcome(
  session: GetSessionResponse,
  currency: string,
  mainProductIds: string[],
): Outcome {
  const main = new Set(mainProductIds)
  const products = session.products.map((product): ProductOutcome => {
    const openingMinor = toMinorUnitsRounded(product.price.initial, currency)
    const agreedMinor = toMinorUnitsRounded(product.price.current, currency)
    return {
      id: product.id,
      name: product.name,
      openingMinor,
      floorMinor: toMinorUnitsRounded(product.price.minimum, currency),
      agreedMinor,
      quantity: product.quantity
        ? { agreed: product.quantity.current, opening: product.quantity.initial }
        : null,
      discountBp:
        openingMinor > 0 ? Math.round(((openingMinor - agreedMinor) / openingMinor) * 10_000) : 0,
      main: main.has(product.id),
    }
  })
  const units = (product: ProductOutcome) => product.quantity?.agreed ?? 1
  const agreedTotalMinor = products.reduce((sum, p) => sum + p.agreedMinor * units(p), 0)
  const mains = products.filter((product) => product.main)
  const openingOfMains = mains.reduce((sum, p) => sum + p.openingMinor * units(p), 0)
  const agreedOfMains = mains.reduce((sum, p) => sum + p.agreedMinor * units(p), 0)
  return {
    status: session.status === 'COMPLETE' ? 'complete' : 'active',
    products,
    agreedTotalMinor,
    discountBp:
      openingOfMains > 0
        ? Math.round(((openingOfMains - agreedOfMains) / openingOfMains) * 10_000)
        : null,
  }
}

/** 1250 → "12.5 %". */
export function formatDiscount(bp: number | null): string {
  if (bp === null) return '—'
  return `${percentOfBp(bp)} %`
}
