import { describe, expect, it, vi } from 'vitest'

// What a hostile review found in the create (owner of a key, secrets in SaleSnip's answers, an
// unreadable stored key, creates abandoned by a stopped server), against a real database.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-create-hardening-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { log } from '@/lib/log'
import { connectionFrom, UNREADABLE_KEY } from '@/lib/settings/connection-data'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { settleAbandonedCreates } from './settle-abandoned'

const h = setUpCreateHarness(databaseFile)
const count = () => db.salesnipSession.count()

describe('the create, attacked', () => {
  it('refuses another member retrying a failed attempt with its key, and changes nothing', async () => {
    h.fake.state.behaviour = '500'
    const value = h.form()
    expect((await h.create(value, h.members.rep)).kind).toBe('failed')
    h.fake.state.behaviour = 'created'
    const before = await db.salesnipSession.findUniqueOrThrow({
      where: { idempotencyKey: value.idempotencyKey },
      include: { attempts: true },
    })
    const retry = await h.create(value, h.members.manager)
    expect(retry).toMatchObject({ kind: 'invalid', issues: [{ path: 'root' }] })
    const after = await db.salesnipSession.findUniqueOrThrow({
      where: { idempotencyKey: value.idempotencyKey },
      include: { attempts: true },
    })
    expect(after).toEqual(before)
    expect(h.fake.state.received).toHaveLength(1)
  })

  it('never stores or returns the API key SaleSnip echoes in an error', async () => {
    h.fake.state.behaviour = 'echoes-key'
    const value = h.form()
    const result = await h.create(value)
    expect(result.kind).toBe('failed')
    expect(JSON.stringify(result)).not.toContain(h.connection.apiKey)
    const row = await db.salesnipSession.findUniqueOrThrow({
      where: { idempotencyKey: value.idempotencyKey },
      include: { attempts: true },
    })
    expect(
      JSON.stringify(row, (_key, value: unknown) =>
        typeof value === 'bigint' ? String(value) : value,
      ),
    ).not.toContain(h.connection.apiKey)
    expect(row.errorMessage).toContain('[redacted]')
  })

  it('refuses every create while the stored key cannot be decrypted, writing nothing', async () => {
    const broken = connectionFrom({
      id: 'default',
      apiKeyEncrypted: 'v1.AAAA.BBBB.CCCC', // sealed under another APP_SECRET
      relayCallbacks: true,
      shortLinks: true,
      apiKeyLast4: '6789',
      projectId: null,
      defaultCurrency: null,
      successUrl: null,
      cancelUrl: null,
      updatedById: null,
      updatedAt: new Date(),
    })
    expect(broken).toMatchObject({ mode: 'unavailable', problem: UNREADABLE_KEY })
    const before = await count()
    const result = await h.create(h.form(), h.members.rep, 1_000, broken)
    expect(result).toEqual({ kind: 'invalid', issues: [{ path: 'root', message: UNREADABLE_KEY }] })
    expect(await count()).toBe(before)
    expect(h.fake.state.received).toHaveLength(0)
  })

  it('settles a create its stopped server left pending, without anyone retrying it', async () => {
    const value = h.form()
    await h.create(value)
    await db.salesnipSession.update({
      where: { idempotencyKey: value.idempotencyKey },
      data: { status: 'pending', updatedAt: new Date(Date.now() - 10 * 60_000) },
    })
    expect(await settleAbandonedCreates()).toBeGreaterThan(0)
    const row = await db.salesnipSession.findUniqueOrThrow({
      where: { idempotencyKey: value.idempotencyKey },
    })
    expect(row).toMatchObject({ status: 'unknown', errorCode: 'abandoned' })
  })

  it('never writes a key or a password to the logs', async () => {
    const canary = `canary_${crypto.randomUUID()}`
    const written: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    try {
      h.fake.state.behaviour = 'echoes-key'
      const result = await h.create(h.form(), h.members.rep, 1_000, {
        ...h.connection,
        apiKey: canary,
      })
      expect(result.kind).toBe('failed')
      log.warn({ apiKey: canary, member: { password: canary }, headers: { cookie: canary } })
      log.error({ err: new Error('boom'), token: canary }, 'with a token')
    } finally {
      spy.mockRestore()
    }
    expect(written.join('').length).toBeGreaterThan(0)
    expect(written.join('')).not.toContain(canary)
  })
})
