import { describe, expect, it, vi } from 'vitest'

// The one create, against a real database and a fake SaleSnip over real HTTP: one session per key
// however many callers race, every failure recorded, guardrails and the rate limit held. (Reading
// the outcome back is tested in lib/outcomes/refresh.test.ts.)

const databaseFile = vi.hoisted(() => {
  const file = `data/test-create-session-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import type { CreateResult } from './create-result'
import { listHistory } from '@/lib/history/data'

const h = setUpCreateHarness(databaseFile)

const rowsOf = (idempotencyKey: string) =>
  db.salesnipSession.findMany({
    where: { idempotencyKey },
    include: { payload: true, attempts: { orderBy: { startedAt: 'asc' } } },
  })

describe('creating a session', () => {
  it('50 concurrent creates with one key make one session, and every caller gets it', async () => {
    const value = h.form()
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => h.create(value)))
    expect(h.fake.state.received).toHaveLength(1)
    expect(new Set(outcomes.map((outcome) => outcome.kind))).toEqual(new Set(['created']))
    const ids = outcomes.map((outcome) =>
      outcome.kind === 'created' ? outcome.session.salesnipId : '',
    )
    expect(new Set(ids).size).toBe(1)
    expect(
      outcomes.filter((outcome) => outcome.kind === 'created' && !outcome.replay),
    ).toHaveLength(1)
    const rows = await rowsOf(value.idempotencyKey)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      status: 'created',
      payload: { requestBody: h.fake.state.received[0] },
    })
    expect(rows[0]!.attempts.map((attempt) => attempt.outcome)).toEqual(['created'])
  })

  it('50 concurrent creates with 50 keys make 50 sessions, one per key', async () => {
    const values = Array.from({ length: 50 }, () => h.form())
    const outcomes = await Promise.all(values.map((value) => h.create(value)))
    expect(outcomes.every((outcome) => outcome.kind === 'created')).toBe(true)
    expect(h.fake.state.received).toHaveLength(50)
    for (const value of values) expect(await rowsOf(value.idempotencyKey)).toHaveLength(1)
  })

  it('refuses a rep’s floor below the template’s and writes nothing; a manager’s is recorded', async () => {
    const low = h.form({}, '70')
    const refused = await h.create(low)
    expect(refused).toEqual({
      kind: 'invalid',
      issues: [
        {
          path: 'lines.0.floor',
          message: 'The floor cannot go below the template’s floor of $79.00.',
        },
      ],
    })
    expect(await rowsOf(low.idempotencyKey)).toEqual([])
    expect(h.fake.state.received).toEqual([])

    const managed = h.form({}, '70')
    expect((await h.create(managed, h.members.manager)).kind).toBe('created')
    const [row] = await rowsOf(managed.idempotencyKey)
    expect(JSON.parse(row!.overrides)).toEqual([
      {
        path: 'lines.0',
        templateName: 'Pro (monthly)',
        templateFloorMinor: 7900,
        floorMinor: 7000,
        byId: h.members.manager.id,
        byName: h.members.manager.name,
      },
    ])
  })

  it('maps SaleSnip’s field errors onto the form, and the same key may try again', async () => {
    h.fake.state.behaviour = 'rejected'
    const value = h.form()
    const failed = await h.create(value)
    expect(failed).toMatchObject({
      kind: 'failed',
      code: 'rejected',
      message: 'Invalid price',
      issues: [{ path: 'lines.0.floor', message: 'Too low.' }],
    })
    h.fake.state.behaviour = 'created'
    expect((await h.create(value)).kind).toBe('created')
    const [row] = await rowsOf(value.idempotencyKey)
    expect(row!.status).toBe('created')
    expect(row!.attempts.map((attempt) => attempt.outcome)).toEqual(['rejected', 'created'])
  })

  it('a timeout is an unknown outcome, and the same key never sends again', async () => {
    h.fake.state.behaviour = 'hang'
    const value = h.form()
    const impatient = { ...h.connection, timeoutMs: 300 }
    const first = await h.create(value, h.members.rep, 1_000, impatient)
    expect(first.kind).toBe('unknown')
    expect((first as Extract<CreateResult, { kind: 'unknown' }>).message).toContain(
      'may have been created anyway',
    )
    expect((await h.create(value, h.members.rep, 1_000, impatient)).kind).toBe('unknown')
    expect(h.fake.state.received).toHaveLength(1)
    const [row] = await rowsOf(value.idempotencyKey)
    expect(row).toMatchObject({ status: 'unknown', errorCode: 'timeout' })
  })

  it('made again under a new key, an unknown attempt is replaced and leaves History’s default view', async () => {
    h.fake.state.behaviour = 'hang'
    const impatient = { ...h.connection, timeoutMs: 300 }
    const first = h.form()
    expect((await h.create(first, h.members.rep, 1_000, impatient)).kind).toBe('unknown')
    const [unknown] = await rowsOf(first.idempotencyKey)

    h.fake.state.behaviour = 'created'
    const again = h.form({ replacesSessionId: unknown!.id })
    expect((await h.create(again)).kind).toBe('created')
    const [replacement] = await rowsOf(again.idempotencyKey)
    const [old] = await rowsOf(first.idempotencyKey)
    expect(old).toMatchObject({ status: 'unknown', replacedById: replacement!.id })

    const repId = h.members.rep.id
    const listed = (await listHistory({}, repId)).rows.map((row) => row.id)
    expect(listed).toContain(replacement!.id)
    expect(listed).not.toContain(old!.id)
    // Asked for by its status, the replaced attempt is still found.
    const unknowns = (await listHistory({ status: 'unknown' }, repId)).rows.map((row) => row.id)
    expect(unknowns).toContain(old!.id)
  })

  it('records a 5xx as a failed attempt with a plain message', async () => {
    h.fake.state.behaviour = '500'
    const value = h.form()
    expect(await h.create(value)).toMatchObject({
      kind: 'failed',
      code: 'upstream-error',
      message: 'SaleSnip had an error on its side.',
    })
    const [row] = await rowsOf(value.idempotencyKey)
    expect(row).toMatchObject({ status: 'failed', errorCode: 'upstream-error', salesnipId: null })
    expect(row!.attempts).toEqual([
      expect.objectContaining({ outcome: 'upstream-error', httpStatus: 500 }),
    ])
  })

  it('holds the per-member limit; replays of a key do not count', async () => {
    const first = h.form()
    for (let i = 0; i < 3; i += 1)
      expect((await h.create(first, h.members.rep, 3)).kind).toBe('created')
    expect((await h.create(h.form(), h.members.rep, 3)).kind).toBe('created')
    expect((await h.create(h.form(), h.members.rep, 3)).kind).toBe('created')
    const over = h.form()
    const refused = await h.create(over, h.members.rep, 3)
    expect(refused).toMatchObject({ kind: 'limited' })
    expect((refused as { message: string }).message).toMatch(
      /created 3 sessions in the last minute/,
    )
    expect(await rowsOf(over.idempotencyKey)).toEqual([])
    // Another member has a limit of their own.
    expect((await h.create(h.form(), h.members.manager, 3)).kind).toBe('created')
  })

  it('a pending create whose caller went away becomes an unknown outcome', async () => {
    const value = h.form()
    await h.create(value)
    await db.salesnipSession.update({
      where: { idempotencyKey: value.idempotencyKey },
      data: { status: 'pending', updatedAt: new Date(Date.now() - 10 * 60_000) },
    })
    expect((await h.create(value)).kind).toBe('unknown')
  })
})
