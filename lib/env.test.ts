import { describe, expect, it } from 'vitest'
import { parseEnv } from './env'

describe('parseEnv', () => {
  it('uses an embedded SQLite file and port 3000 when nothing is set', () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_URL: 'file:./data/studio.db',
      PORT: 3000,
      NODE_ENV: 'development',
    })
  })

  it('accepts PostgreSQL URLs of both spellings', () => {
    for (const url of ['postgres://u@127.0.0.1:5432/db', 'postgresql://u@db.internal/app']) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url)
    }
  })

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBe('file:./data/studio.db')
  })

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(
      /DATABASE_URL: must start/,
    )
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/)
  })

  it('lists every bad variable at once', () => {
    expect(() => parseEnv({ PORT: '0', NODE_ENV: 'staging' })).toThrow(
      /NODE_ENV[\s\S]*PORT|PORT[\s\S]*NODE_ENV/,
    )
  })
})

describe('parseEnv in production', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@db/app' }
  const noLocalSecret = () => {
    throw new Error('production must not make a local secret')
  }

  it('requires APP_SECRET and APP_URL', () => {
    expect(() => parseEnv(production, noLocalSecret)).toThrow(/APP_SECRET[\s\S]*APP_URL/)
  })

  it('accepts them when set', () => {
    const secret = 'x'.repeat(32)
    const env = parseEnv(
      { ...production, APP_SECRET: secret, APP_URL: 'https://studio.example.com' },
      noLocalSecret,
    )
    expect(env).toMatchObject({ APP_SECRET: secret, isProduction: true })
  })

  it('keeps APP_URL without a trailing slash, so links built on it have one slash', () => {
    expect(parseEnv({ APP_URL: 'https://studio.example.com/' }).APP_URL).toBe(
      'https://studio.example.com',
    )
  })

  it('refuses a short secret anywhere', () => {
    expect(() => parseEnv({ APP_SECRET: 'short' })).toThrow(/APP_SECRET: must be at least 32/)
  })

  it('follows APP_ENV when it is set', () => {
    expect(parseEnv({ ...production, APP_ENV: 'local' }, () => 'l'.repeat(43)).isProduction).toBe(
      false,
    )
    expect(() => parseEnv({ APP_ENV: 'production' }, noLocalSecret)).toThrow(/APP_SECRET/)
  })

  it('is production with NODE_ENV=production on SQLite too, unless APP_ENV=local says so', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' }, noLocalSecret)).toThrow(/APP_SECRET/)
    const local = parseEnv({ NODE_ENV: 'production', APP_ENV: 'local' }, () => 'l'.repeat(43))
    expect(local).toMatchObject({ APP_SECRET: 'l'.repeat(43), isProduction: false })
  })

  it('serves the sandbox outside production, and in production only when enabled', () => {
    const secret = 'x'.repeat(32)
    const live = { ...production, APP_SECRET: secret, APP_URL: 'https://studio.example.com' }
    expect(parseEnv(live, noLocalSecret).sandboxEnabled).toBe(false)
    expect(parseEnv({ ...live, SANDBOX_ENABLED: 'true' }, noLocalSecret).sandboxEnabled).toBe(true)
    expect(parseEnv({}, () => 'l'.repeat(43)).sandboxEnabled).toBe(true)
  })

  it('takes the client address from the socket unless proxies are configured', () => {
    expect(parseEnv({}, () => 'l'.repeat(43)).TRUSTED_PROXY_HOPS).toBe(0)
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})
