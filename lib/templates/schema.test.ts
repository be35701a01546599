import { describe, expect, it } from 'vitest'
import { issuesByPath } from '@/lib/salesnip/serialise'
import { formToValues, valuesToForm, valuesToLine } from './record'
import { parseTags, templateFormSchema, type TemplateFormInput } from './schema'
import { upsellProblem } from './upsell-rule'

const form = (overrides: Partial<TemplateFormInput> = {}): TemplateFormInput => ({
  templateId: '',
  version: 0,
  productId: 'pro-monthly',
  name: 'Pro (monthly)',
  description: '',
  image: '',
  tags: 'pro, monthly',
  prices: [
    { currency: 'USD', opening: '99', floor: '79.50' },
    { currency: 'JPY', opening: '13000', floor: '10500' },
  ],
  quantity: { initial: '', minimum: '', maximum: '' },
  recurring: { unit: 'MONTH', count: '1' },
  trial: { unit: '', count: '' },
  metadata: [],
  upsellId: '',
  crossSells: [],
  ...overrides,
})
const issues = (value: TemplateFormInput) => {
  const result = templateFormSchema.safeParse(value)
  return result.success ? {} : issuesByPath(result.error.issues)
}

describe('the template form schema', () => {
  it('accepts a complete template and keeps money exact per currency', () => {
    expect(issues(form())).toEqual({})
    const values = formToValues(templateFormSchema.parse(form()))
    expect(values.prices).toEqual([
      { currency: 'USD', openingMinor: 9900, floorMinor: 7950 },
      { currency: 'JPY', openingMinor: 13000, floorMinor: 10500 },
    ])
    expect(valuesToForm(values, { templateId: '', version: 0 }).prices[0]).toEqual({
      currency: 'USD',
      opening: '99.00',
      floor: '79.50',
    })
  })

  it('refuses a floor above the opening price, at the exact field', () => {
    expect(issues(form({ prices: [{ currency: 'USD', opening: '10', floor: '10.01' }] }))).toEqual({
      'prices.0.floor': ['The floor price cannot be above the opening price.'],
    })
    expect(issues(form({ prices: [{ currency: 'USD', opening: '10', floor: '10' }] }))).toEqual({})
  })

  it('refuses amounts a currency cannot hold, and the same currency twice', () => {
    expect(
      issues(form({ prices: [{ currency: 'JPY', opening: '100.5', floor: '90' }] })),
    ).toHaveProperty('prices.0.opening')
    expect(issues(form({ prices: [{ currency: 'KWD', opening: '1.255', floor: '1' }] }))).toEqual(
      {},
    )
    const twice = [
      { currency: 'USD' as const, opening: '1', floor: '1' },
      { currency: 'USD' as const, opening: '2', floor: '1' },
    ]
    expect(issues(form({ prices: twice }))).toHaveProperty('prices.1.currency')
    expect(issues(form({ prices: [] }))).toHaveProperty('prices')
  })

  it('checks quantities all-or-none, whole, and ordered', () => {
    expect(issues(form({ quantity: { initial: '1', minimum: '1', maximum: '1' } }))).toEqual({})
    expect(issues(form({ quantity: { initial: '1', minimum: '', maximum: '' } }))).toHaveProperty(
      'quantity.initial',
    )
    expect(issues(form({ quantity: { initial: '2', minimum: '3', maximum: '9' } }))).toHaveProperty(
      'quantity.minimum',
    )
    expect(issues(form({ quantity: { initial: '9', minimum: '1', maximum: '5' } }))).toHaveProperty(
      'quantity.maximum',
    )
    expect(
      issues(form({ quantity: { initial: '1.5', minimum: '1', maximum: '5' } })),
    ).toHaveProperty('quantity.initial')
    expect(issues(form({ quantity: { initial: '0', minimum: '0', maximum: '5' } }))).toHaveProperty(
      'quantity.minimum',
    )
  })

  it('checks billing periods both-or-neither, within 1–1000', () => {
    expect(issues(form({ trial: { unit: 'DAY', count: '14' } }))).toEqual({})
    expect(issues(form({ trial: { unit: 'DAY', count: '' } }))).toHaveProperty('trial.count')
    expect(issues(form({ recurring: { unit: 'YEAR', count: '1001' } }))).toHaveProperty(
      'recurring.count',
    )
    expect(issues(form({ recurring: { unit: 'YEAR', count: '0' } }))).toHaveProperty(
      'recurring.count',
    )
  })

  it('limits metadata, tags and cross-sells', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }))
    expect(issues(form({ metadata: rows(50) }))).toEqual({})
    expect(issues(form({ metadata: rows(51) }))).toHaveProperty('metadata')
    expect(
      issues(
        form({
          metadata: [
            { key: 'a', value: '1' },
            { key: 'a', value: '2' },
          ],
        }),
      ),
    ).toHaveProperty('metadata.1.key')
    expect(
      issues(form({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') })),
    ).toHaveProperty('tags')
    const crossSells = (n: number) => Array.from({ length: n }, (_, i) => ({ templateId: `t${i}` }))
    expect(issues(form({ crossSells: crossSells(10) }))).toEqual({})
    expect(issues(form({ crossSells: crossSells(11) }))).toHaveProperty('crossSells')
    expect(issues(form({ crossSells: [{ templateId: 'a' }, { templateId: 'a' }] }))).toHaveProperty(
      'crossSells.1.templateId',
    )
    expect(
      issues(form({ templateId: 'self', crossSells: [{ templateId: 'self' }] })),
    ).toHaveProperty('crossSells.0.templateId')
  })

  it('cleans tags and builds the SaleSnip line for one currency', () => {
    expect(parseTags(' Pro, annual,pro ,, ')).toEqual(['pro', 'annual'])
    const values = formToValues(templateFormSchema.parse(form()))
    expect(valuesToLine(values, 'JPY')).toMatchObject({
      id: 'pro-monthly',
      openingMinor: 13000,
      floorMinor: 10500,
    })
    expect(valuesToLine(values, 'EUR')).toBeNull()
  })
})

describe('the one-level upsell rule', () => {
  const candidate = { id: 'b', name: 'Support', upsellId: null, archived: false }
  it('allows a plain upsell', () => {
    expect(
      upsellProblem({ templateId: 'a', upsell: candidate, isUpsellOfAnother: false }),
    ).toBeNull()
    expect(upsellProblem({ templateId: 'a', upsell: null, isUpsellOfAnother: true })).toBeNull()
  })
  it('refuses itself, an upsell with its own upsell, a chain, and archived templates', () => {
    expect(upsellProblem({ templateId: 'b', upsell: candidate, isUpsellOfAnother: false })).toMatch(
      /own upsell/,
    )
    expect(
      upsellProblem({
        templateId: 'a',
        upsell: { ...candidate, upsellId: 'c' },
        isUpsellOfAnother: false,
      }),
    ).toMatch(/one level/)
    expect(upsellProblem({ templateId: 'a', upsell: candidate, isUpsellOfAnother: true })).toMatch(
      /cannot have one/,
    )
    expect(
      upsellProblem({
        templateId: 'a',
        upsell: { ...candidate, archived: true },
        isUpsellOfAnother: false,
      }),
    ).toMatch(/archived/)
  })
})
