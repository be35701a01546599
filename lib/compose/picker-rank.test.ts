import { describe, expect, it } from 'vitest'
import { rankTemplateMatches } from './picker-rank'

const catalogue = [
  { name: 'Dedicated success manager', productId: 'csm', tag: 'enterprise' },
  { name: 'Enterprise (annual)', productId: 'ent_annual' },
  { name: 'Add-on for enterprise', productId: 'addon' },
  { name: 'Premium Enterprise support', productId: 'support' },
  { name: 'Onboarding', productId: 'enterprise_onboarding' },
]

describe('the picker ranking', () => {
  it('puts a name prefix first, then a word of a name, then a product id, then a tag match', () => {
    expect(rankTemplateMatches('enterprise', catalogue).map((match) => match.name)).toEqual([
      'Enterprise (annual)',
      'Add-on for enterprise',
      'Premium Enterprise support',
      'Onboarding',
      'Dedicated success manager',
    ])
  })

  it('ignores case and the surrounding spaces, and lists by name when nothing is typed', () => {
    expect(rankTemplateMatches('  ENTER ', catalogue)[0]!.name).toBe('Enterprise (annual)')
    expect(rankTemplateMatches('', catalogue).map((match) => match.name)[0]).toBe(
      'Add-on for enterprise',
    )
  })
})
