import { getSessionCookie } from 'better-auth/cookies'
import { NextResponse, type NextRequest } from 'next/server'
import { REQUESTED_PATH_HEADER, signInPathFor } from '@/lib/auth/next-path'

// A quick first gate: a request without a session cookie goes to sign-in and comes back afterwards.
// Pages still check the session itself (lib/auth/current-member.ts); a cookie proves nothing.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname + request.nextUrl.search
  if (!getSessionCookie(request)) {
    return NextResponse.redirect(new URL(signInPathFor(path), request.url))
  }
  const forwarded = new Headers(request.headers)
  forwarded.set(REQUESTED_PATH_HEADER, path)
  return NextResponse.next({ request: { headers: forwarded } })
}

export const config = {
  // Everything but the public pages (sign-in, invitations, the sandbox's buyer chat), the APIs
  // (they answer for themselves) and static files.
  matcher: ['/((?!sign-in|invite/|sandbox/|api/|_next/|favicon|icon).*)'],
}
