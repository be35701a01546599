import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { parseCookies } from 'better-auth/cookies'
import { auth } from './auth'
import { findMemberBySession } from './auth-data'

// Every console page asks who is signed in. better-auth's getSession answers in about 1.5 ms: its
// endpoint pipeline, a WebCrypto key import and HMAC check on Node's thread pool, then the session
// and its user read one after the other. Almost every request carries a session that is valid and
// not yet due for its daily renewal: that one is checked here, with better-auth's own cookie name,
// secret and rules, and read in one statement. Everything else (no such session, expired, due for
// renewal, "remember me" off, a cookie cache) is left to better-auth, which clears or renews what it
// must (lib/auth/current-member.ts).

/** The member of the request's session when better-auth would answer it as it stands, else null. */
export async function freshSessionMember(requestHeaders: Headers) {
  const context = await auth.$context
  const { sessionToken, dontRememberToken, sessionData } = context.authCookies
  const cookies = parseCookies(requestHeaders.get('cookie') ?? '')
  const cookieNames = [...cookies.keys()]
  if (
    cookieNames.some((name) => name === dontRememberToken.name || name.startsWith(sessionData.name))
  )
    return null
  const token = signedValue(cookies.get(sessionToken.name), context.secret)
  if (!token) return null
  // better-auth renews a session (and moves its expiry a week on) once `updateAge` has passed since
  // the last renewal, i.e. once expiresAt − expiresIn + updateAge ≤ now. Fresh: not yet.
  const { expiresIn, updateAge } = context.sessionConfig
  return findMemberBySession(token, new Date(Date.now() + (expiresIn - updateAge) * 1000))
}

/**
 * The value of a signed cookie ("value.signature", the signature a base64 HMAC-SHA256 of the value,
 * as better-auth signs it) when its signature holds, else null.
 */
export function signedValue(cookie: string | undefined, secret: string): string | null {
  const dot = cookie?.lastIndexOf('.') ?? -1
  if (!cookie || dot < 1) return null
  const value = cookie.slice(0, dot)
  const signature = Buffer.from(cookie.slice(dot + 1))
  const expected = Buffer.from(createHmac('sha256', secret).update(value).digest('base64'))
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? value : null
}
