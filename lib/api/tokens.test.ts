import { describe, expect, it, vi } from 'vitest'

// API tokens in a real database: only a hash is stored, and a token stops working when it expires,
// is revoked, or its member is deactivated. The API's create path: the composer's schema, paths
// and idempotency.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-api-tokens-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { checkApiToken, createApiToken, revokeApiToken } from './tokens-data'
import { formFromApi } from './compositions'

const h = setUpCreateHarness(databaseFile)
const DAY = 24 * 60 * 60 * 1000

describe('API tokens', () => {
  it('keeps only a hash, and acts as the chosen member within its scopes', async () => {
    const made = await createApiToken(
      { name: 'CRM', memberId: h.members.rep.id, scopes: ['sessions:read'], expiresInDays: '30' },
      h.members.manager.id,
    )
    if (made.kind !== 'created') throw new Error(made.kind)
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: made.id } })
    expect(JSON.stringify(stored)).not.toContain(made.secret)
    expect(made.secret.startsWith(stored.prefix)).toBe(true)
    const check = await checkApiToken(made.secret)
    expect(check).toMatchObject({ kind: 'ok', scopes: ['sessions:read'] })
    expect(check.kind === 'ok' && check.member.id).toBe(h.members.rep.id)
    expect(
      (await db.apiToken.findUniqueOrThrow({ where: { id: made.id } })).lastUsedAt,
    ).not.toBeNull()
  })

  it('refuses a token once it has expired, been revoked, or its member was deactivated', async () => {
    const made = await createApiToken(
      {
        name: 'Short',
        memberId: h.members.rep.id,
        scopes: ['templates:read'],
        expiresInDays: '30',
      },
      h.members.manager.id,
    )
    if (made.kind !== 'created') throw new Error(made.kind)
    expect((await checkApiToken(made.secret, new Date(Date.now() + 29 * DAY))).kind).toBe('ok')
    expect((await checkApiToken(made.secret, new Date(Date.now() + 31 * DAY))).kind).toBe('expired')
    expect((await checkApiToken(`${made.secret.slice(0, -1)}x`)).kind).toBe('unknown')

    await db.user.update({ where: { id: h.members.rep.id }, data: { banned: true } })
    expect((await checkApiToken(made.secret)).kind).toBe('member-inactive')
    await db.user.update({ where: { id: h.members.rep.id }, data: { banned: false } })

    expect(await revokeApiToken(made.id)).toEqual({ name: 'Short' })
    expect((await checkApiToken(made.secret)).kind).toBe('revoked')
    expect(await revokeApiToken(made.id)).toBeNull()
  })

  it('reads an API body with the composer’s schema: the same paths, one key per member', () => {
    const { idempotencyKey, draftId, dismissedCrossSellIds, replacesSessionId, ...body } = h.form()
    void [idempotencyKey, draftId, dismissedCrossSellIds, replacesSessionId]
    const bad = { ...body, lines: [{ ...body.lines[0]!, floor: '' }] }
    expect(formFromApi(bad, null, 'm1')).toEqual({
      issues: [expect.objectContaining({ path: 'lines.0.floor' })],
    })
    const a = formFromApi(body, 'deal-42', 'm1')
    const again = formFromApi(body, 'deal-42', 'm1')
    const other = formFromApi(body, 'deal-42', 'm2')
    if (!('form' in a) || !('form' in again) || !('form' in other)) throw new Error('invalid')
    expect(a.form.idempotencyKey).toBe(again.form.idempotencyKey)
    expect(a.form.idempotencyKey).not.toBe(other.form.idempotencyKey)
    expect(formFromApi(body, 'a key with spaces', 'm1')).toEqual({
      issues: [expect.objectContaining({ path: 'Idempotency-Key' })],
    })
  })
})
