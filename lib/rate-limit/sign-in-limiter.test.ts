import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The hostile review sent 25 wrong passwords for one email at once and 23 were checked: the check and
// the count were two steps. Now each attempt is consumed before any password is checked.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-sign-in-limiter-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { consumeSignInAttempt, refundSignInAttempt } from './sign-in-limiter-data'

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
})
afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('the sign-in limit', () => {
  it('lets exactly 5 of 25 simultaneous attempts for one email through to the password check', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => consumeSignInAttempt('Ada@Example.com', `10.0.0.${i}`)),
    )
    expect(results.filter((wait) => wait === null)).toHaveLength(5)
    expect(results.filter((wait) => wait !== null && wait > 0 && wait <= 60)).toHaveLength(20)
  })

  it('keeps addresses apart, and an unknown address shares no bucket with anyone', async () => {
    const one = await Promise.all(
      Array.from({ length: 31 }, (_, i) => consumeSignInAttempt(`a${i}@example.com`, '192.0.2.1')),
    )
    expect(one.filter((wait) => wait === null)).toHaveLength(30)
    // Another client, and clients whose address is unknown, are not locked out by the first.
    expect(await consumeSignInAttempt('b@example.com', '192.0.2.2')).toBeNull()
    for (let i = 0; i < 40; i += 1) {
      expect(await consumeSignInAttempt(`c${i}@example.com`, null)).toBeNull()
    }
  })

  it('does not count a successful sign-in', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(await consumeSignInAttempt('ok@example.com', '198.51.100.7')).toBeNull()
      await refundSignInAttempt('ok@example.com', '198.51.100.7')
    }
  })
})
