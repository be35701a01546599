import { describe, expect, it } from 'vitest'
import { addressFromRequest } from './client-address'

describe('the client address', () => {
  it('is the socket peer without trusted proxies, whatever X-Forwarded-For says', () => {
    expect(addressFromRequest('203.0.113.9', '1.2.3.4, 5.6.7.8', 0)).toBe('203.0.113.9')
    expect(addressFromRequest('203.0.113.9', undefined, 0)).toBe('203.0.113.9')
  })

  it('is the address the outermost trusted proxy saw', () => {
    // client → CDN (adds client) → load balancer (adds CDN) → us (socket: load balancer)
    expect(addressFromRequest('10.0.0.2', '198.51.100.4, 10.0.0.1', 2)).toBe('198.51.100.4')
    // A client that forges entries cannot move past what the trusted proxies wrote.
    expect(addressFromRequest('10.0.0.2', '6.6.6.6, 198.51.100.4, 10.0.0.1', 2)).toBe(
      '198.51.100.4',
    )
  })
})
