import { describe, expect, it } from 'vitest'
import { addressProblem, isPrivateAddress } from './webhook-address'

// Webhooks never reach this machine or a private network unless allowed, and need https in production.

describe('webhook addresses', () => {
  it('knows loopback, private, link-local and unique-local addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true)
    for (const ip of ['203.0.113.7', '8.8.8.8', '172.32.0.1', '2001:db8::1'])
      expect(isPrivateAddress(ip), ip).toBe(false)
  })

  it('refuses private targets unless allowed, and plain http in production', async () => {
    const rules = { production: true, allowPrivate: false }
    expect(await addressProblem('https://127.0.0.1/hooks', rules)).toMatch(/private network/)
    expect(await addressProblem('https://[::1]:8443/hooks', rules)).toMatch(/private network/)
    expect(await addressProblem('https://localhost/hooks', rules)).toMatch(/private network/)
    expect(await addressProblem('http://203.0.113.7/hooks', rules)).toBe('Use an https:// address.')
    expect(await addressProblem('https://203.0.113.7/hooks', rules)).toBeNull()
    expect(
      await addressProblem('http://127.0.0.1:9/hooks', { production: false, allowPrivate: true }),
    ).toBeNull()
  })
})
