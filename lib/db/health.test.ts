import { afterAll, describe, expect, it, vi } from 'vitest'

// Readiness says no when the database cannot do its work (the hostile review's "read-only or
// missing database answers ok").

const databaseFile = vi.hoisted(() => {
  const file = `data/test-health-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from './create-client'
import { db } from './client'
import { checkReadiness } from './health-data'
import { migrateDatabase } from './migrate'

afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('readiness', () => {
  it('is not ready on a database that was never migrated (a missing one)', async () => {
    const readiness = await checkReadiness()
    expect(readiness.ready).toBe(false)
  })

  it('is ready once migrated, and not ready when the database stops taking writes', async () => {
    await migrateDatabase(`file:./${databaseFile}`)
    expect(await checkReadiness()).toEqual({ ready: true, problems: [] })
    await db.$executeRawUnsafe('PRAGMA query_only = ON') // as a read-only file or mount would
    expect(await checkReadiness()).toEqual({
      ready: false,
      problems: ['the database does not take writes'],
    })
    await db.$executeRawUnsafe('PRAGMA query_only = OFF')
  })
})
