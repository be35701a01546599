import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSessionRequestSchema } from '@/lib/salesnip/schemas'
import { serialiseSessionBody } from '@/lib/salesnip/serialise'
import type { TemplateValues } from '@/lib/templates/record'
import { composeSessionBody } from './session-body'

const reference = readFileSync('lib/salesnip/reference/create-session-api-reference.txt', 'utf8')
const example = JSON.parse(
  reference.slice(reference.indexOf("--data '") + 8, reference.indexOf("}'\n") + 1),
)

// The reference example's product, as a template of our catalogue.
const template: TemplateValues = {
  productId: 'your_product_id',
  name: 'Product Name',
  description: 'Product Description',
  image: 'https://example.com/product.png',
  tags: [],
  prices: [{ currency: 'USD', openingMinor: 10_000, floorMinor: 8_000 }],
  quantity: { initial: 1, minimum: 1, maximum: 10 },
  recurring: { unit: 'MONTH', count: 6 },
  trial: { unit: 'MONTH', count: 6 },
  metadata: { description: 'This is a description of the product' },
  upsellId: null,
  crossSellIds: [],
}
const priced = { template, openingMinor: 10_000, floorMinor: 8_000 }

describe('composing a session from templates', () => {
  it('reproduces the reference example byte for byte', () => {
    const body = composeSessionBody({
      projectId: 'project_abcdefghjijklmnop',
      currency: 'USD',
      callbacks: example.callbacks,
      lines: [{ ...priced, quantity: template.quantity!, upsell: priced }],
      crossSells: [priced],
      metadata: { some_important_info: 'SaleSnip is awesome!' },
    })
    expect(serialiseSessionBody(body)).toBe(JSON.stringify(example))
  })

  it('leaves the upsell out when it is switched off, and puts the buyer into metadata', () => {
    const body = composeSessionBody({
      projectId: 'p',
      currency: 'USD',
      buyer: { name: 'Ada Buyer', company: 'Acme', email: '', dealReference: 'CRM-42' },
      lines: [{ ...priced, upsell: null }],
    })
    expect(body.products[0]).not.toHaveProperty('upsellProduct')
    expect(body.metadata).toEqual({
      buyer_name: 'Ada Buyer',
      buyer_company: 'Acme',
      deal_reference: 'CRM-42',
    })
    expect(createSessionRequestSchema.safeParse(body).success).toBe(true)
  })

  it('uses the rep’s prices in the session currency’s units (JPY, KWD)', () => {
    const yen = composeSessionBody({
      projectId: 'p',
      currency: 'JPY',
      lines: [{ template, openingMinor: 5_000, floorMinor: 4_500 }],
    })
    expect(yen.products[0]?.price).toEqual({ initial: 5000, minimum: 4500 })
    const dinar = composeSessionBody({
      projectId: 'p',
      currency: 'KWD',
      lines: [{ template, openingMinor: 1_250, floorMinor: 1_005 }],
    })
    expect(dinar.products[0]?.price).toEqual({ initial: 1.25, minimum: 1.005 })
  })
})
