import { describe, expect, it } from 'vitest'
import { buildSessionBody, type ProductLine } from './build-session-body'
import { createSessionRequestSchema } from './schemas'
import { serialiseSessionBody } from './serialise'

const line: ProductLine = {
  id: 'pro-monthly',
  name: 'Pro (monthly)',
  description: 'Everything in Pro',
  openingMinor: 4_999,
  floorMinor: 3_999,
  quantity: { initial: 1, minimum: 1, maximum: 50 },
  recurring: { unit: 'MONTH', count: 1 },
  metadata: { tier: 'pro' },
}

describe('buildSessionBody', () => {
  it('builds a body the contract accepts, in major units and the reference key order', () => {
    const body = buildSessionBody({
      projectId: 'project_1',
      currency: 'USD',
      callbacks: { success: 'https://shop.example/ok/{SESSION_ID}', cancel: '' },
      products: [
        {
          ...line,
          upsell: { id: 'support', name: 'Support', openingMinor: 1_000, floorMinor: 800 },
        },
      ],
      crossSells: [{ id: 'seats', name: 'Seats', openingMinor: 500, floorMinor: 400 }],
    })
    expect(createSessionRequestSchema.parse(body)).toEqual(body)
    expect(serialiseSessionBody(body)).toBe(
      '{"projectId":"project_1","currency":"USD","callbacks":{"success":"https://shop.example/ok/{SESSION_ID}"},' +
        '"products":[{"id":"pro-monthly","name":"Pro (monthly)","description":"Everything in Pro","price":{"initial":49.99,"minimum":39.99},' +
        '"quantity":{"initial":1,"maximum":50,"minimum":1},"recurring":{"unit":"MONTH","count":1},"metadata":{"tier":"pro"},' +
        '"upsellProduct":{"id":"support","name":"Support","price":{"initial":10,"minimum":8}}}],' +
        '"crossSellProducts":[{"id":"seats","name":"Seats","price":{"initial":5,"minimum":4}}]}',
    )
  })

  it('uses each currency’s decimals', () => {
    const body = buildSessionBody({
      projectId: 'p',
      currency: 'JPY',
      products: [{ ...line, openingMinor: 5_000, floorMinor: 4_000 }],
    })
    expect(body.products[0]?.price).toEqual({ initial: 5000, minimum: 4000 })
  })
})
