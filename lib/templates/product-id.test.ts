import { describe, expect, it } from 'vitest'
import { productIdFromName } from './product-id'

describe('the product id suggested from a name', () => {
  it('is lower-case letters, digits and single dashes, accents dropped', () => {
    expect(productIdFromName('Pro (annual) – EU')).toBe('pro-annual-eu')
    expect(productIdFromName('  Café Crème 2000!  ')).toBe('cafe-creme-2000')
    expect(productIdFromName('SSO / SAML')).toBe('sso-saml')
    expect(productIdFromName('***')).toBe('')
  })

  it('never passes SaleSnip’s length limit nor ends in a dash', () => {
    const long = productIdFromName(`${'word '.repeat(40)}`)
    expect(long.length).toBeLessThanOrEqual(100)
    expect(long.endsWith('-')).toBe(false)
  })
})
