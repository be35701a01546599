import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const databaseFile = vi.hoisted(() => {
  const file = `data/test-rate-limit-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { migrateDatabase } from '@/lib/db/migrate'
import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { countEvent, readWindow } from './data'

beforeAll(() => migrateDatabase(`file:./${databaseFile}`))
afterAll(async () => {
  vi.useRealTimers()
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('database rate-limit windows', () => {
  it('counts events in a window and starts afresh when it ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'))
    const window = { key: 'test:a', windowMs: 60_000 }
    expect(await readWindow(window)).toEqual({ count: 0, retryAfterSeconds: 0 })
    expect((await countEvent(window)).count).toBe(1)
    vi.setSystemTime(new Date('2026-01-01T10:00:20Z'))
    expect(await countEvent(window)).toEqual({ count: 2, retryAfterSeconds: 40 })
    expect(await readWindow(window)).toEqual({ count: 2, retryAfterSeconds: 40 })

    vi.setSystemTime(new Date('2026-01-01T10:01:00Z'))
    expect(await readWindow(window)).toEqual({ count: 0, retryAfterSeconds: 0 })
    expect(await countEvent(window)).toEqual({ count: 1, retryAfterSeconds: 60 })
  })

  it('counts concurrent events exactly and keeps keys apart', async () => {
    vi.useRealTimers()
    const window = { key: 'test:b', windowMs: 60_000 }
    await Promise.all(Array.from({ length: 20 }, () => countEvent(window)))
    expect((await readWindow(window)).count).toBe(20)
    expect((await readWindow({ key: 'test:c', windowMs: 60_000 })).count).toBe(0)
  })
})
