import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from './security-headers'

describe('security headers', () => {
  it('allow only nonce-carrying scripts, no eval, no framing', () => {
    const csp = contentSecurityPolicy('abc123')
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
  })

  it('ask for HTTPS (HSTS) in production only', () => {
    expect(securityHeaders({ production: true })['Strict-Transport-Security']).toMatch(/max-age=/)
    expect(securityHeaders({ production: false })).not.toHaveProperty('Strict-Transport-Security')
    expect(securityHeaders({ production: false })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })
})
