import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Who is signed in, as every page asks: a valid session is read in one statement (fresh-session.ts);
// whatever that does not answer goes to better-auth. Both ways must agree on every kind of cookie,
// and a session due for renewal must still be renewed.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-fresh-session-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }))
vi.mock('next/headers', () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}))

import { createHmac } from 'node:crypto'
import { auth } from '@/lib/auth/auth'
import { getMember } from '@/lib/auth/current-member'
import { freshSessionMember, signedValue } from '@/lib/auth/fresh-session'
import { createDatabaseClient, removeSqliteFiles } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'

const db = createDatabaseClient(`file:./${databaseFile}`)
const DAY = 86_400_000
const HOST = '127.0.0.1:3000' // better-auth takes the app's address from the request (lib/auth/auth.ts)

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
})

afterAll(async () => {
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

/** Signs a demo member in through better-auth; returns the Cookie header a browser would send. */
async function signIn(email: string, password: string, rememberMe = true): Promise<string> {
  const { headers } = await auth.api.signInEmail({
    body: { email, password, rememberMe },
    headers: new Headers({ host: HOST }),
    returnHeaders: true,
  })
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ')
}

const cookieHeader = (cookie: string) => new Headers({ host: HOST, cookie })
const tokenOf = (cookie: string) =>
  decodeURIComponent(/session_token=([^;]+)/.exec(cookie)![1]!).split('.')[0]!

/** Both ways of asking, for one Cookie header: the fast path's answer and better-auth's user. */
async function ask(cookie: string) {
  const fresh = await freshSessionMember(cookieHeader(cookie))
  const session = await auth.api.getSession({ headers: cookieHeader(cookie) })
  requestHeaders.current = cookieHeader(cookie)
  return { fresh, betterAuth: session?.user ?? null, member: await getMember() }
}

describe('the signed-in member of a request', () => {
  it('reads a valid session in one statement, as better-auth reads it', async () => {
    const cookie = await signIn('rep@northwind.test', 'northwind-rep')
    const { fresh, betterAuth, member } = await ask(cookie)
    expect(fresh).toMatchObject({ email: 'rep@northwind.test', role: 'rep', banned: false })
    expect(fresh?.id).toBe(betterAuth?.id)
    expect(member).toEqual({
      id: fresh!.id,
      name: 'Riley Rep',
      email: 'rep@northwind.test',
      role: 'rep',
    })
  })

  it('refuses a forged or altered cookie, and an unknown token even when signed', async () => {
    const cookie = await signIn('rep@northwind.test', 'northwind-rep')
    const [name, value] = cookie.split('=') as [string, string]
    const token = tokenOf(cookie)
    const secret = (await auth.$context).secret
    const signed = (text: string) =>
      encodeURIComponent(`${text}.${createHmac('sha256', secret).update(text).digest('base64')}`)
    const forged = [
      `${name}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`, // signature not the secret's
      `${name}=${token}`, // unsigned
      `${name}=${signed(`${token}x`)}`, // signed, but no such session
      `${name}=${value.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}`, // token altered
    ]
    for (const forgery of forged) {
      const { fresh, betterAuth, member } = await ask(forgery)
      expect([fresh, betterAuth, member]).toEqual([null, null, null])
    }
    expect(signedValue(`${token}.${'A'.repeat(43)}=`, secret)).toBeNull()
  })

  it('leaves a session due for renewal to better-auth, which renews it', async () => {
    const cookie = await signIn('manager@northwind.test', 'northwind-manager')
    const token = tokenOf(cookie)
    // Renewed daily: signed in six days and one minute ago (a week's session, a day's renewal).
    const due = new Date(Date.now() + DAY - 60_000)
    await db.session.update({ where: { token }, data: { expiresAt: due } })
    const { fresh, member } = await ask(cookie)
    expect(fresh).toBeNull()
    expect(member?.email).toBe('manager@northwind.test')
    const renewed = await db.session.findUniqueOrThrow({ where: { token } })
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY)
    expect((await ask(cookie)).fresh?.email).toBe('manager@northwind.test')
  })

  it('signs out an expired session, and a deactivated member at once', async () => {
    const expired = await signIn('manager@northwind.test', 'northwind-manager')
    await db.session.update({
      where: { token: tokenOf(expired) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    expect(await ask(expired)).toEqual({ fresh: null, betterAuth: null, member: null })

    const cookie = await signIn('admin@northwind.test', 'northwind-admin')
    expect((await ask(cookie)).member?.role).toBe('admin')
    await db.user.update({ where: { email: 'admin@northwind.test' }, data: { banned: true } })
    const { fresh, member } = await ask(cookie)
    expect(fresh?.banned).toBe(true)
    expect(member).toBeNull()
    await db.user.update({ where: { email: 'admin@northwind.test' }, data: { banned: false } })
  })

  it('leaves a "remember me: off" session to better-auth', async () => {
    const cookie = await signIn('rep@northwind.test', 'northwind-rep', false)
    expect(cookie).toMatch(/dont_remember=/)
    const { fresh, betterAuth, member } = await ask(cookie)
    expect(fresh).toBeNull()
    expect(member?.id).toBe(betterAuth?.id)
    expect(member?.email).toBe('rep@northwind.test')
  })
})
