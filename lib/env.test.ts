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
