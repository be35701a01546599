import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CURRENCIES } from './currencies'
import { createSessionRequestSchema, getSessionResponseSchema } from './schemas'
import { issuesByPath, serialiseSessionBody } from './serialise'

// SaleSnip's published reference page, kept in the repository (CI clones it alone).
const reference = readFileSync('lib/salesnip/reference/create-session-api-reference.txt', 'utf8')
const SHARED_COPY = '../shared/salesnip/create-session-api-reference.txt'
const exampleText = reference.slice(
  reference.indexOf("--data '") + 8,
  reference.indexOf("}'\n") + 1,
)
const example = JSON.parse(exampleText) as Record<string, unknown>

const product = (overrides: Record<string, unknown> = {}) => ({
  id: 'pro',
  name: 'Pro plan',
  price: { initial: 100, minimum: 80 },
  ...overrides,
})
const body = (overrides: Record<string, unknown> = {}) => ({
  projectId: 'project_1',
  currency: 'USD',
  products: [product()],
  ...overrides,
})
const issuesOf = (value: unknown) => {
  const result = createSessionRequestSchema.safeParse(value)
  return result.success ? {} : issuesByPath(result.error.issues)
}

describe('the create-session contract', () => {
  it.runIf(existsSync(SHARED_COPY))('is checked against the reference as published', () => {
    expect(reference).toBe(readFileSync(SHARED_COPY, 'utf8'))
  })

  it('parses the reference example and serialises it back to the same JSON', () => {
    const parsed = createSessionRequestSchema.parse(example)
    expect(serialiseSessionBody(parsed)).toBe(JSON.stringify(example))
  })

  it('has exactly the currency list of the reference', () => {
    const listed = reference
      .slice(
        reference.indexOf('Available options:'),
        reference.indexOf('Example:', reference.indexOf('Available options:')),
      )
      .match(/\b[A-Z]{3}\b/g)
    expect(CURRENCIES).toHaveLength(170)
    expect([...CURRENCIES]).toEqual(listed)
    for (const code of ['CKD', 'EHP', 'FOK', 'KID', 'PND', 'PRB', 'SLS', 'TVD', 'ZWB']) {
      expect(CURRENCIES).toContain(code)
    }
    expect(issuesOf(body({ currency: 'XXX' }))).toHaveProperty('currency')
  })

  it('takes 1 to 50 products', () => {
    expect(issuesOf(body({ products: [] }))).toHaveProperty('products')
    expect(issuesOf(body({ products: Array.from({ length: 50 }, () => product()) }))).toEqual({})
    expect(
      issuesOf(body({ products: Array.from({ length: 51 }, () => product()) })),
    ).toHaveProperty('products')
  })

  it('takes at most 10 cross-sells', () => {
    expect(
      issuesOf(body({ crossSellProducts: Array.from({ length: 10 }, () => product()) })),
    ).toEqual({})
    expect(
      issuesOf(body({ crossSellProducts: Array.from({ length: 11 }, () => product()) })),
    ).toHaveProperty('crossSellProducts')
  })

  it('allows an upsell only on a main product, one level deep', () => {
    const upsell = product({ id: 'addon' })
    expect(issuesOf(body({ products: [product({ upsellProduct: upsell })] }))).toEqual({})
    expect(
      issuesOf(
        body({ products: [product({ upsellProduct: { ...upsell, upsellProduct: product() } })] }),
      ),
    ).toHaveProperty('products.0.upsellProduct.upsellProduct')
    expect(
      issuesOf(body({ crossSellProducts: [product({ upsellProduct: upsell })] })),
    ).toHaveProperty('crossSellProducts.0.upsellProduct')
  })

  it('keys every issue by its full path', () => {
    const products = [
      product(),
      product(),
      product(),
      product({ price: { initial: 10, minimum: 20 } }),
    ]
    expect(issuesOf(body({ products }))).toEqual({
      'products.3.price.minimum': ['The floor price cannot be above the opening price.'],
    })
  })

  it('checks prices at their edges', () => {
    expect(issuesOf(body({ products: [product({ price: { initial: 0, minimum: 0 } })] }))).toEqual(
      {},
    )
    expect(
      issuesOf(body({ products: [product({ price: { initial: 10, minimum: 10 } })] })),
    ).toEqual({})
    expect(
      issuesOf(body({ products: [product({ price: { initial: 10, minimum: -0.01 } })] })),
    ).toHaveProperty('products.0.price.minimum')
    expect(
      issuesOf(body({ products: [product({ price: { initial: 19.99, minimum: 9.999 } })] })),
    ).toHaveProperty('products.0.price.minimum')
    expect(
      issuesOf(
        body({ currency: 'JPY', products: [product({ price: { initial: 500.5, minimum: 400 } })] }),
      ),
    ).toHaveProperty('products.0.price.initial')
    expect(
      issuesOf(
        body({ currency: 'KWD', products: [product({ price: { initial: 1.255, minimum: 1 } })] }),
      ),
    ).toEqual({})
  })

  it('checks quantities: whole numbers, minimum ≤ initial ≤ maximum', () => {
    const withQuantity = (quantity: object) => body({ products: [product({ quantity })] })
    expect(issuesOf(withQuantity({ initial: 1, minimum: 1, maximum: 1 }))).toEqual({})
    expect(issuesOf(withQuantity({ initial: 2, minimum: 3, maximum: 5 }))).toHaveProperty(
      'products.0.quantity.minimum',
    )
    expect(issuesOf(withQuantity({ initial: 6, minimum: 1, maximum: 5 }))).toHaveProperty(
      'products.0.quantity.maximum',
    )
    expect(issuesOf(withQuantity({ initial: 1.5, minimum: 1, maximum: 5 }))).toHaveProperty(
      'products.0.quantity.initial',
    )
    expect(issuesOf(withQuantity({ initial: 0, minimum: 0, maximum: 5 }))).toHaveProperty(
      'products.0.quantity.minimum',
    )
  })

  it('checks billing periods', () => {
    expect(
      issuesOf(body({ products: [product({ recurring: { unit: 'YEAR', count: 1 } })] })),
    ).toEqual({})
    expect(
      issuesOf(body({ products: [product({ recurring: { unit: 'HOUR', count: 1 } })] })),
    ).toHaveProperty('products.0.recurring.unit')
    expect(
      issuesOf(body({ products: [product({ trial: { unit: 'DAY', count: 0 } })] })),
    ).toHaveProperty('products.0.trial.count')
  })

  it('checks callbacks and images as absolute http(s) addresses', () => {
    const callbacks = {
      success: 'https://shop.example/ok?s={SESSION_ID}',
      cancel: 'http://localhost:3000/x/{SESSION_ID}',
    }
    expect(issuesOf(body({ callbacks }))).toEqual({})
    expect(issuesOf(body({ callbacks: { success: '/relative' } }))).toHaveProperty(
      'callbacks.success',
    )
    expect(issuesOf(body({ callbacks: { cancel: 'ftp://x.example' } }))).toHaveProperty(
      'callbacks.cancel',
    )
    expect(
      issuesOf(body({ products: [product({ image: 'javascript:alert(1)' })] })),
    ).toHaveProperty('products.0.image')
  })

  it('limits metadata to 50 flat string entries with short keys', () => {
    const entries = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))
    expect(issuesOf(body({ metadata: entries(50) }))).toEqual({})
    expect(issuesOf(body({ metadata: entries(51) }))).toHaveProperty('metadata')
    expect(issuesOf(body({ metadata: { ['k'.repeat(41)]: 'v' } }))).not.toEqual({})
    expect(issuesOf(body({ metadata: { k: 'v'.repeat(501) } }))).toHaveProperty('metadata.k')
    expect(issuesOf(body({ metadata: { k: { nested: 'no' } } }))).toHaveProperty('metadata.k')
  })

  it('reads a negotiated session back', () => {
    const session = getSessionResponseSchema.parse({
      id: 'session_1',
      project: 'project_1',
      url: 'https://chat.salesnip.com/#1',
      status: 'COMPLETE',
      currency: 'USD',
      products: [
        {
          id: 'pro',
          name: 'Pro',
          price: { current: 90, initial: 100, minimum: 80 },
          quantity: { current: 2, initial: 1, minimum: 1, maximum: 100000 },
        },
      ],
    })
    expect(session.products[0]?.price.current).toBe(90)
  })
})
