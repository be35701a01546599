import { toMajorUnits } from './money'
import type { CreateSessionRequest, MainProduct, Product } from './schemas'

// The one pure payload builder: app-side lines (money in minor units) to the exact SaleSnip body.
// The template preview, the composer's preview, the create action and the tests all call it, so what
// is previewed is what is sent. Keys follow the reference's order; empty optional parts are left out.

type Period = NonNullable<Product['recurring']>

export type ProductLine = {
  id: string
  name: string
  description?: string
  image?: string
  openingMinor: number
  floorMinor: number
  quantity?: { initial: number; minimum: number; maximum: number }
  recurring?: Period
  trial?: Period
  metadata?: Record<string, string>
}

type SessionComposition = {
  projectId: string
  currency: string
  callbacks?: { success?: string; cancel?: string }
  products: (ProductLine & { upsell?: ProductLine })[]
  crossSells?: ProductLine[]
  metadata?: Record<string, string>
}

// An amount the composer could not read (NaN, while the rep types) stays NaN: the schema reports it
// at its path and the preview shows null there, instead of the builder throwing.
function wireAmount(minor: number, currency: string): number {
  return Number.isSafeInteger(minor) ? toMajorUnits(minor, currency) : Number.NaN
}

function buildProduct(line: ProductLine, currency: string): Product {
  return {
    id: line.id,
    name: line.name,
    ...(line.description ? { description: line.description } : {}),
    ...(line.image ? { image: line.image } : {}),
    price: {
      initial: wireAmount(line.openingMinor, currency),
      minimum: wireAmount(line.floorMinor, currency),
    },
    ...(line.quantity
      ? {
          quantity: {
            initial: line.quantity.initial,
            maximum: line.quantity.maximum,
            minimum: line.quantity.minimum,
          },
        }
      : {}),
    ...(line.recurring
      ? { recurring: { unit: line.recurring.unit, count: line.recurring.count } }
      : {}),
    ...(line.trial ? { trial: { unit: line.trial.unit, count: line.trial.count } } : {}),
    ...(line.metadata && Object.keys(line.metadata).length ? { metadata: line.metadata } : {}),
  }
}

export function buildMainProduct(
  line: ProductLine & { upsell?: ProductLine },
  currency: string,
): MainProduct {
  const product = buildProduct(line, currency)
  return line.upsell ? { ...product, upsellProduct: buildProduct(line.upsell, currency) } : product
}

export function buildSessionBody(composition: SessionComposition): CreateSessionRequest {
  const { currency } = composition
  const callbacks = Object.fromEntries(
    Object.entries(composition.callbacks ?? {}).filter(([, url]) => url),
  )
  return {
    projectId: composition.projectId,
    currency: currency as CreateSessionRequest['currency'],
    ...(Object.keys(callbacks).length ? { callbacks } : {}),
    products: composition.products.map((line) => buildMainProduct(line, currency)),
    ...(composition.crossSells?.length
      ? { crossSellProducts: composition.crossSells.map((line) => buildProduct(line, currency)) }
      : {}),
    ...(composition.metadata && Object.keys(composition.metadata).length
      ? { metadata: composition.metadata }
      : {}),
  }
}
