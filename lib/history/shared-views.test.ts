import { describe, expect, it, vi } from 'vitest'

// Shared views in a real database: the link's token is not stored, every visit is counted, and
// the view stops at its expiry and when revoked.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-shared-views-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { db } from '@/lib/db/client'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { createSharedView, openSharedView, revokeSharedView } from './shared-views-data'
import { describeView } from './describe-view'

const h = setUpCreateHarness(databaseFile)
const DAY = 86_400_000

describe('shared views', () => {
  it('keeps no token, counts visits, and ends at expiry and on revocation', async () => {
    const expiresAt = new Date(Date.now() + 2 * DAY)
    const made = await createSharedView({
      name: 'Finance',
      query: { status: 'accepted', q: 'acme' },
      showEmails: false,
      expiresAt,
      createdById: h.members.manager.id,
    })
    const stored = await db.sharedView.findUniqueOrThrow({ where: { id: made.id } })
    expect(JSON.stringify(stored)).not.toContain(made.token)

    const opened = await openSharedView(made.token, 'phone')
    expect(opened).toMatchObject({
      kind: 'ok',
      name: 'Finance',
      query: { status: 'accepted', q: 'acme' },
    })
    await openSharedView(made.token, 'desktop')
    expect((await db.sharedView.findUniqueOrThrow({ where: { id: made.id } })).viewCount).toBe(2)
    expect(await db.sharedViewVisit.count({ where: { viewId: made.id } })).toBe(2)

    expect(
      (await openSharedView(made.token, 'phone', new Date(expiresAt.getTime() + 1))).kind,
    ).toBe('expired')
    expect((await openSharedView(`${made.token}x`, 'phone')).kind).toBe('unknown')
    expect(await revokeSharedView(made.id)).toEqual({ name: 'Finance' })
    expect((await openSharedView(made.token, 'phone')).kind).toBe('revoked')
  })

  it('says what a view shows in words', () => {
    expect(describeView({})).toBe('all sessions')
    expect(describeView({ q: 'acme', status: 'accepted', currency: 'EUR' })).toBe(
      'sessions matching “acme”, accepted, in EUR',
    )
  })
})
