import { z } from '@/lib/zod'
import { toMajorUnits, toMinorUnits } from '../money'
import type { CreateSessionRequest, GetSessionResponse, MainProduct, Product } from '../schemas'

// The sandbox's negotiation, pure: what a buyer sees and does, and how the "AI" answers. Amounts are
// minor units here. It accepts any offer at or above the floor, counters below it, and never names
// the floor: its counter-offers stay above it by a tenth of the room between floor and opening price.

const itemSchema = z.object({
  key: z.string(),
  kind: z.enum(['main', 'upsell', 'cross-sell']),
  parentKey: z.string().optional(),
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  image: z.string().optional(),
  included: z.boolean(),
  price: z.object({ initial: z.number(), minimum: z.number(), current: z.number() }),
  quantity: z
    .object({ initial: z.number(), minimum: z.number(), maximum: z.number(), current: z.number() })
    .optional(),
})
export const negotiationStateSchema = z.object({
  currency: z.string(),
  callbacks: z.object({ success: z.string().optional(), cancel: z.string().optional() }),
  metadata: z.record(z.string(), z.string()),
  items: z.array(itemSchema),
  messages: z.array(z.object({ from: z.enum(['buyer', 'seller']), text: z.string() })),
})
export type NegotiationState = z.infer<typeof negotiationStateSchema>
export type Item = z.infer<typeof itemSchema>

function toItem(
  product: Product | MainProduct,
  currency: string,
  key: string,
  kind: Item['kind'],
  parentKey?: string,
): Item {
  const minor = (major: number) => toMinorUnits(major, currency) ?? 0
  return {
    key,
    kind,
    parentKey,
    id: product.id,
    name: product.name,
    description: product.description,
    image: product.image,
    included: kind === 'main',
    price: {
      initial: minor(product.price.initial),
      minimum: minor(product.price.minimum),
      current: minor(product.price.initial),
    },
    quantity: product.quantity && { ...product.quantity, current: product.quantity.initial },
  }
}

export function startNegotiation(body: CreateSessionRequest): NegotiationState {
  const items: Item[] = []
  body.products.forEach((product, index) => {
    items.push(toItem(product, body.currency, `p${index}`, 'main'))
    if (product.upsellProduct)
      items.push(toItem(product.upsellProduct, body.currency, `p${index}u`, 'upsell', `p${index}`))
  })
  body.crossSellProducts?.forEach((product, index) =>
    items.push(toItem(product, body.currency, `x${index}`, 'cross-sell')),
  )
  return {
    currency: body.currency,
    callbacks: body.callbacks ?? {},
    metadata: body.metadata ?? {},
    items,
    messages: [
      {
        from: 'seller',
        text: 'Hello! Make me an offer on any of these, or accept the prices as they are.',
      },
    ],
  }
}

/** The seller's answer to a price offer (minor units): accept, or counter without revealing the floor. */
export function answerOffer(
  price: Item['price'],
  offer: number,
): { accepted: boolean; price: number } {
  // At or above the asking price (the opening price, or the last counter): a deal at what the buyer
  // offered, never above the opening price.
  if (offer >= price.current) return { accepted: true, price: Math.min(offer, price.initial) }
  if (offer >= price.minimum) return { accepted: true, price: offer }
  const margin = Math.ceil((price.initial - price.minimum) / 10)
  const counter = Math.max(Math.round((price.current + offer) / 2), price.minimum + margin)
  return { accepted: false, price: Math.min(counter, price.current) }
}

export function applyOffer(
  state: NegotiationState,
  itemKey: string,
  offer: { price: number; quantity?: number },
): NegotiationState {
  const item = state.items.find((candidate) => candidate.key === itemKey)
  if (!item) return state
  const answer = answerOffer(item.price, offer.price)
  const quantity =
    item.quantity && offer.quantity !== undefined
      ? Math.min(Math.max(offer.quantity, item.quantity.minimum), item.quantity.maximum)
      : item.quantity?.current
  const major = (minor: number) => `${toMajorUnits(minor, state.currency)} ${state.currency}`
  const text = answer.accepted
    ? `Deal: ${item.name} at ${major(answer.price)}${quantity ? ` × ${quantity}` : ''}.`
    : `I can't go that low for ${item.name}. I can do ${major(answer.price)}.`
  return {
    ...state,
    items: state.items.map((candidate) =>
      candidate.key === itemKey
        ? {
            ...candidate,
            price: { ...candidate.price, current: answer.price },
            quantity:
              candidate.quantity && quantity !== undefined
                ? { ...candidate.quantity, current: quantity }
                : candidate.quantity,
          }
        : candidate,
    ),
    messages: [
      ...state.messages,
      { from: 'buyer', text: `I offer ${major(offer.price)} for ${item.name}.` },
      { from: 'seller', text },
    ],
  }
}

export function setIncluded(
  state: NegotiationState,
  itemKey: string,
  included: boolean,
): NegotiationState {
  return {
    ...state,
    items: state.items.map((item) =>
      item.key === itemKey && item.kind !== 'main' ? { ...item, included } : item,
    ),
  }
}

/** The GET /v1/sessions/{id} shape: the products active in the session, extras the buyer took. */
export function readBack(
  state: NegotiationState,
  meta: { id: string; projectId: string; url: string; status: 'ACTIVE' | 'COMPLETE' },
): GetSessionResponse {
  const major = (minor: number) => toMajorUnits(minor, state.currency)
  return {
    id: meta.id,
    project: meta.projectId,
    url: meta.url,
    status: meta.status,
    currency: state.currency,
    products: state.items
      .filter((item) => item.included)
      .map((item) => ({
        id: item.id,
        name: item.name,
        price: {
          current: major(item.price.current),
          initial: major(item.price.initial),
          minimum: major(item.price.minimum),
        },
        ...(item.quantity ? { quantity: item.quantity } : {}),
      })),
    metadata: state.metadata,
  }
}
