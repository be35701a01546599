import { describe, expect, it } from 'vitest'
import { open, seal } from './secret-box'

const options = { appSecret: 's'.repeat(32), purpose: 'salesnip-api-key' }

describe('secret box', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = seal('secret_live_1234', options)
    expect(sealed).not.toContain('secret_live_1234')
    expect(open(sealed, options)).toBe('secret_live_1234')
    expect(seal('secret_live_1234', options)).not.toBe(sealed) // a fresh IV each time
  })

  it('refuses another app secret, another purpose, or an altered box', () => {
    const sealed = seal('secret_live_1234', options)
    expect(open(sealed, { ...options, appSecret: 't'.repeat(32) })).toBeNull()
    expect(open(sealed, { ...options, purpose: 'other' })).toBeNull()
    const altered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA')
    expect(open(altered, options)).toBeNull()
    expect(open('garbage', options)).toBeNull()
  })
})
