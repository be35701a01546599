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
