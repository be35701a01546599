import { describe, expect, it } from 'vitest'
import { eventSentence } from './sentence'

const acme = {
  buyerName: 'Ada',
  buyerCompany: 'Acme',
  productNames: ['Pro (annual)'],
  currency: 'USD',
}

describe('eventSentence', () => {
  it('says who accepted what, at what total and how far below the opening price', () => {
    expect(eventSentence('accepted', acme, { totalMinor: 184_000, discountBp: 800 })).toBe(
      'Acme accepted Pro (annual) at $1,840.00 (−8 %)',
    )
  })

  it('leaves the discount out when the buyer paid the opening price', () => {
    expect(eventSentence('accepted', acme, { totalMinor: 200_000, discountBp: 0 })).toBe(
      'Acme accepted Pro (annual) at $2,000.00',
    )
  })

  it('lists up to two products by name', () => {
    const many = { ...acme, productNames: ['Pro', 'Seats', 'Support', 'Onboarding'] }
    expect(eventSentence('accepted', many)).toBe('Acme accepted Pro, Seats and 2 more')
  })

  it('names the buyer when there is no company, and someone when there is neither', () => {
    expect(eventSentence('cancelled', { ...acme, buyerCompany: '' })).toBe('Ada cancelled')
    expect(eventSentence('opened', { ...acme, buyerCompany: '', buyerName: '' })).toBe(
      'A buyer opened the link',
    )
  })
})
