import { describe, expect, it } from 'vitest'
import { answerOffer, applyOffer, readBack, setIncluded, startNegotiation } from './negotiation'

const price = { initial: 10_000, minimum: 8_000, current: 10_000 }

describe('the sandbox negotiator', () => {
  it('accepts any offer at or above the floor', () => {
    expect(answerOffer(price, 8_000)).toEqual({ accepted: true, price: 8_000 })
    expect(answerOffer(price, 9_000)).toEqual({ accepted: true, price: 9_000 })
    expect(answerOffer(price, 12_000)).toEqual({ accepted: true, price: 10_000 })
  })

  it('closes an offer at or above the last counter at the buyer’s offer, never above the opening', () => {
    const countered = { ...price, current: 8_500 }
    expect(answerOffer(countered, 8_500)).toEqual({ accepted: true, price: 8_500 })
    expect(answerOffer(countered, 9_200)).toEqual({ accepted: true, price: 9_200 })
    expect(answerOffer(countered, 11_000)).toEqual({ accepted: true, price: 10_000 })
  })

  it('counters below the floor, never naming the floor itself', () => {
    let ask = price
    for (const offer of [1, 5_000, 7_000, 7_999, 7_999, 7_999]) {
      const answer = answerOffer(ask, offer)
      expect(answer.accepted).toBe(false)
      expect(answer.price).toBeGreaterThan(price.minimum)
      expect(answer.price).toBeLessThanOrEqual(ask.current)
      ask = { ...ask, current: answer.price }
    }
  })

  it('reads back the agreed prices and quantities of what the buyer took, in major units', () => {
    let state = startNegotiation({
      projectId: 'p',
      currency: 'USD',
      products: [
        {
          id: 'pro',
          name: 'Pro',
          price: { initial: 100, minimum: 80 },
          quantity: { initial: 1, minimum: 1, maximum: 10 },
          upsellProduct: { id: 'support', name: 'Support', price: { initial: 20, minimum: 15 } },
        },
      ],
      crossSellProducts: [{ id: 'seats', name: 'Seats', price: { initial: 5, minimum: 4 } }],
    })
    state = applyOffer(state, 'p0', { price: 9_000, quantity: 3 })
    state = setIncluded(state, 'p0u', true)
    const session = readBack(state, {
      id: 's',
      projectId: 'p',
      url: 'https://x.example',
      status: 'COMPLETE',
    })
    expect(session.products).toEqual([
      {
        id: 'pro',
        name: 'Pro',
        price: { current: 90, initial: 100, minimum: 80 },
        quantity: { initial: 1, minimum: 1, maximum: 10, current: 3 },
      },
      { id: 'support', name: 'Support', price: { current: 20, initial: 20, minimum: 15 } },
    ])
  })
})
