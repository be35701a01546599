import { describe, expect, it } from 'vitest'
import type { TemplateValues } from '@/lib/templates/record'
import { plainTemplateValues } from '@/lib/testing/template-values'
import {
  crossSellFrom,
  hasEditedPrices,
  lineFrom,
  repriced,
  unpricedSuggestions,
  withSuggestedCrossSells,
} from './lines'
import type { ComposeForm } from './schema'
import type { ComposeTemplate, TemplateLookup } from './template-lookup'
import { evaluateComposition, formPathOf } from './evaluate'

const values = (productId: string, overrides: Partial<TemplateValues> = {}): TemplateValues =>
  plainTemplateValues(productId, {
    prices: [
      { currency: 'USD', openingMinor: 9_999, floorMinor: 7_950 },
      { currency: 'JPY', openingMinor: 13_000, floorMinor: 10_500 },
      { currency: 'KWD', openingMinor: 30_125, floorMinor: 25_000 },
    ],
    ...overrides,
  })

const template = (id: string, overrides: Partial<ComposeTemplate> = {}): ComposeTemplate => ({
  id,
  version: 3,
  archived: false,
  values: values(id),
  upsell: null,
  ...overrides,
})

const support = template('support')
const pro = template('pro', {
  values: values('pro', { upsellId: 'support', crossSellIds: ['seats', 'sso', 'seats'] }),
  upsell: { id: 'support', version: 7, values: support.values },
})
const lookup: TemplateLookup = {
  pro,
  support,
  seats: template('seats'),
  sso: template('sso'),
}

function form(overrides: Partial<ComposeForm> = {}): ComposeForm {
  return {
    idempotencyKey: '00000000-0000-4000-8000-000000000000',
    draftId: '',
    projectId: 'project_x',
    currency: 'USD',
    callbacks: { success: '', cancel: '' },
    buyer: { name: 'Ada', email: '', company: '', dealReference: 'CRM-1' },
    metadata: [],
    lines: [lineFrom(pro, 'USD')],
    crossSells: [],
    dismissedCrossSellIds: [],
    replacesSessionId: '',
    ...overrides,
  }
}

describe('evaluating a composition', () => {
  it('prices a line from its template and sends its upsell while switched on', () => {
    const result = evaluateComposition(form(), lookup, 'rep')
    expect(result.issues).toEqual([])
    expect(result.body.products[0]).toEqual({
      id: 'pro',
      name: 'PRO',
      price: { initial: 99.99, minimum: 79.5 },
      upsellProduct: { id: 'support', name: 'SUPPORT', price: { initial: 99.99, minimum: 79.5 } },
    })
    expect(result.body.metadata).toEqual({ buyer_name: 'Ada', deal_reference: 'CRM-1' })
    expect(result.bytes).toBe(JSON.stringify(result.body))
    expect(result.templateVersions).toEqual([
      { templateId: 'pro', productId: 'pro', version: 3 },
      { templateId: 'support', productId: 'support', version: 7 },
    ])
  })

  it('leaves the upsell out when it is switched off', () => {
    const line = { ...lineFrom(pro, 'USD'), upsell: false }
    const result = evaluateComposition(form({ lines: [line] }), lookup, 'rep')
    expect(result.body.products[0]).not.toHaveProperty('upsellProduct')
    expect(result.templateVersions.map((version) => version.templateId)).toEqual(['pro'])
  })

  it.each([
    ['JPY', { initial: 13000, minimum: 10500 }],
    ['USD', { initial: 99.99, minimum: 79.5 }],
    ['KWD', { initial: 30.125, minimum: 25 }],
  ] as const)('converts %s minor units to SaleSnip’s major units exactly', (currency, price) => {
    const result = evaluateComposition(
      form({ currency, lines: [{ ...lineFrom(pro, currency), upsell: false }] }),
      lookup,
      'rep',
    )
    expect(result.issues).toEqual([])
    expect(result.body.products[0]!.price).toEqual(price)
  })

  it('refuses more decimals than the currency has, at the field that has them', () => {
    const line = { ...lineFrom(pro, 'JPY'), opening: '13000.5' }
    const result = evaluateComposition(form({ currency: 'JPY', lines: [line] }), lookup, 'rep')
    expect(result.issues).toContainEqual({ path: 'lines.0.opening', message: 'Enter an amount.' })
    expect(result.bytes).toContain('"initial":null') // shown, not hidden
  })

  it('holds the guardrails: a rep’s floor is refused, a manager’s is an override', () => {
    const line = { ...lineFrom(pro, 'USD'), floor: '50' }
    expect(evaluateComposition(form({ lines: [line] }), lookup, 'rep').issues).toEqual([
      {
        path: 'lines.0.floor',
        message: 'The floor cannot go below the template’s floor of $79.50.',
      },
    ])
    const managed = evaluateComposition(form({ lines: [line] }), lookup, 'manager')
    expect(managed.issues).toEqual([])
    expect(managed.overrides).toEqual([
      { path: 'lines.0', templateName: 'PRO', templateFloorMinor: 7950, floorMinor: 5000 },
    ])
    const above = { ...lineFrom(pro, 'USD'), floor: '120' }
    expect(evaluateComposition(form({ lines: [above] }), lookup, 'admin').issues).toEqual([
      { path: 'lines.0.floor', message: 'The floor cannot be above the opening price.' },
    ])
  })

  it('names a template that is gone or archived, and totals opening price × quantity', () => {
    const archived = { ...lookup, sso: template('sso', { archived: true }) }
    const lines = [
      { ...lineFrom(pro, 'USD'), quantity: { initial: '3', minimum: '1', maximum: '5' } },
      lineFrom(archived.sso!, 'USD'),
      { ...lineFrom(pro, 'USD'), templateId: 'deleted' },
    ]
    const result = evaluateComposition(form({ lines }), archived, 'rep')
    expect(result.issues).toEqual([
      { path: 'lines.1.templateId', message: 'This template was archived; remove it.' },
      { path: 'lines.2.templateId', message: 'This template is no longer available.' },
    ])
    expect(result.openingTotalMinor).toBe(3 * 9_999 + 9_999)
    expect(result.body.products[0]!.quantity).toEqual({ initial: 3, maximum: 5, minimum: 1 })
  })

  it('maps SaleSnip paths onto form fields, skipping lines that could not be built', () => {
    expect(formPathOf(['products', 1, 'price', 'minimum'], [0, 2], [])).toBe('lines.2.floor')
    expect(formPathOf(['products', 0, 'quantity', 'maximum'])).toBe('lines.0.quantity.maximum')
    expect(formPathOf(['products', 0, 'upsellProduct', 'price'])).toBe('lines.0.upsell')
    expect(formPathOf(['crossSellProducts', 3, 'price', 'initial'])).toBe('crossSells.3.opening')
    expect(formPathOf(['callbacks', 'cancel'])).toBe('callbacks.cancel')
    expect(formPathOf(['products'])).toBe('lines')
  })
})

describe('cross-sell suggestions and currency changes', () => {
  it('suggests the picked templates’ cross-sells in order, without duplicates or dismissed ones, at most 10', () => {
    const rows = withSuggestedCrossSells(form(), lookup)
    expect(rows.map((row) => row.templateId)).toEqual(['seats', 'sso'])
    const dismissed = withSuggestedCrossSells(form({ dismissedCrossSellIds: ['seats'] }), lookup)
    expect(dismissed.map((row) => row.templateId)).toEqual(['sso'])

    const many: TemplateLookup = { ...lookup }
    const ids = Array.from({ length: 14 }, (_, i) => `extra-${i}`)
    for (const id of ids) many[id] = template(id)
    many.pro = { ...pro, values: { ...pro.values, crossSellIds: ids } }
    expect(withSuggestedCrossSells(form(), many).map((row) => row.templateId)).toEqual(
      ids.slice(0, 10),
    )
  })

  it('never offers a product line again as a cross-sell', () => {
    const seats = lookup.seats!
    const both = form({
      lines: [lineFrom(pro, 'USD'), lineFrom(seats, 'USD')],
      crossSells: [crossSellFrom(seats, 'USD')],
    })
    expect(withSuggestedCrossSells(both, lookup).map((row) => row.templateId)).toEqual(['sso'])
  })

  it('offers a suggestion with no price in the currency instead of adding a row that blocks Create', () => {
    const euroless: TemplateLookup = {
      ...lookup,
      sso: { ...lookup.sso!, values: { ...lookup.sso!.values, prices: [] } },
    }
    expect(withSuggestedCrossSells(form(), euroless).map((row) => row.templateId)).toEqual([
      'seats',
    ])
    expect(unpricedSuggestions(form(), euroless).map((template) => template.id)).toEqual(['sso'])
    // Once the rep adds it, it is a row like any other, and no longer offered.
    const added = form({ crossSells: [crossSellFrom(euroless.sso!, 'USD')] })
    expect(unpricedSuggestions(added, euroless)).toEqual([])
  })

  it('knows when prices were edited, and re-prices every row in another currency', () => {
    const edited = form({ lines: [{ ...lineFrom(pro, 'USD'), opening: '90' }] })
    expect(hasEditedPrices(form(), lookup)).toBe(false)
    expect(hasEditedPrices(edited, lookup)).toBe(true)
    const inYen = repriced(edited, lookup, 'JPY')
    expect(inYen.lines[0]).toMatchObject({ opening: '13000', floor: '10500' })
    // A template without a price in the new currency asks for one.
    const noEuro = repriced(edited, lookup, 'EUR')
    expect(noEuro.lines[0]).toMatchObject({ opening: '', floor: '' })
  })
})
