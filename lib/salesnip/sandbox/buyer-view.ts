import type { Item, NegotiationState } from './negotiation'

// What the buyer's page may receive. Everything in it reaches the browser (and its page source):
// never a floor, never the seller's metadata (buyer email, deal reference) or callbacks.

export type BuyerItem = Omit<Item, 'price'> & { price: Omit<Item['price'], 'minimum'> }
export type BuyerView = {
  currency: string
  messages: NegotiationState['messages']
  items: BuyerItem[]
}

export function buyerViewOf(state: NegotiationState): BuyerView {
  return {
    currency: state.currency,
    messages: state.messages,
    items: state.items.map(({ price, ...item }) => ({
      ...item,
      price: { initial: price.initial, current: price.current },
    })),
  }
}

/** What the buyer takes now: the main products and the extras they added, at the current prices. */
export function buyerTotal(view: BuyerView): number {
  return view.items
    .filter((item) => item.kind === 'main' || item.included)
    .reduce((sum, item) => sum + item.price.current * (item.quantity?.current ?? 1), 0)
}
