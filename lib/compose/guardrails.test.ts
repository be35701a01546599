import { describe, expect, it } from 'vitest'
import { suggestCrossSells } from './cross-sell-suggestions'
import { checkGuardrails, type PricedLine } from './guardrails'

const line = (floorMinor: number, overrides: Partial<PricedLine> = {}): PricedLine => ({
  path: ['lines', 0],
  templateName: 'Pro',
  currency: 'USD',
  openingMinor: 10_000,
  floorMinor,
  templateFloorMinor: 8_000,
  ...overrides,
})

describe('price guardrails', () => {
  it('lets a rep use any floor between the template floor and the opening price', () => {
    expect(checkGuardrails('rep', [line(8_000), line(9_500), line(10_000)])).toEqual({
      issues: [],
      overrides: [],
    })
  })

  it('refuses a rep a floor below the template floor, naming it', () => {
    expect(checkGuardrails('rep', [line(7_999)]).issues).toEqual([
      {
        path: ['lines', 0, 'floor'],
        message: 'The floor cannot go below the template’s floor of $80.00.',
      },
    ])
  })

  it('lets managers and admins go below it, and records the override', () => {
    for (const role of ['manager', 'admin'] as const) {
      expect(checkGuardrails(role, [line(5_000, { path: ['crossSells', 1] })])).toEqual({
        issues: [],
        overrides: [
          {
            path: 'crossSells.1',
            templateName: 'Pro',
            templateFloorMinor: 8_000,
            floorMinor: 5_000,
          },
        ],
      })
    }
  })

  it('refuses everyone a floor above the opening price', () => {
    for (const role of ['rep', 'manager', 'admin'] as const) {
      expect(checkGuardrails(role, [line(10_001)]).issues).toHaveLength(1)
    }
  })

  it('works in each currency’s minor units', () => {
    const yen = line(3_999, { currency: 'JPY', openingMinor: 5_000, templateFloorMinor: 4_000 })
    expect(checkGuardrails('rep', [yen]).issues[0]?.message).toBe(
      'The floor cannot go below the template’s floor of ¥4,000.',
    )
  })
})

describe('cross-sell suggestions', () => {
  it('keeps the picked templates’ order, drops duplicates and products already in the session', () => {
    const picked = [
      { id: 'pro', crossSellIds: ['seats', 'sso', 'starter'] },
      { id: 'starter', crossSellIds: ['seats', 'onboarding'] },
    ]
    expect(suggestCrossSells(picked)).toEqual(['seats', 'sso', 'onboarding'])
  })

  it('stops at 10', () => {
    const picked = [
      { id: 'a', crossSellIds: Array.from({ length: 8 }, (_, i) => `x${i}`) },
      { id: 'b', crossSellIds: Array.from({ length: 8 }, (_, i) => `y${i}`) },
    ]
    expect(suggestCrossSells(picked)).toHaveLength(10)
  })
})
