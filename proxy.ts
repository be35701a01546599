import { getSessionCookie } from 'better-auth/cookies'
import { NextResponse, type NextRequest } from 'next/server'
import { REQUESTED_PATH_HEADER, signInPathFor } from '@/lib/auth/next-path'
import { env } from '@/lib/env'
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers'

// Runs before every page and route handler: security headers (a CSP with a fresh nonce, which Next
// puts on its own scripts), and a quick first gate for the console: a request without a session
// cookie goes to sign-in and comes back afterwards. Pages still check the session itself
// (lib/auth/current-member.ts); a cookie proves nothing.

// Open to anyone: sign-in, invitations, the sandbox's buyer pages, the buyer's short links (/l/) and
// returns (/r/), shared read-only views (/shared/: the link is the key), the APIs (they answer for
// themselves), and the benchmark's bare page (404 unless BENCH_BARE_PAGE is set).
const PUBLIC = /^\/(sign-in|invite\/|sandbox\/|api\/|r\/|l\/|shared\/|bench-bare$)/

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const csp = contentSecurityPolicy(nonce)
  const path = request.nextUrl.pathname + request.nextUrl.search
  const response = PUBLIC.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: forwarded(request, { csp, nonce }) } })
    : !getSessionCookie(request)
      ? NextResponse.redirect(new URL(signInPathFor(path), request.url))
      : NextResponse.next({
          request: { headers: forwarded(request, { csp, nonce, [REQUESTED_PATH_HEADER]: path }) },
        })
  response.headers.set('Content-Security-Policy', csp)
  for (const [name, value] of Object.entries(securityHeaders({ production: env.isProduction }))) {
    response.headers.set(name, value)
  }
  return response
}

function forwarded(request: NextRequest, extra: Record<string, string>): Headers {
  const headers = new Headers(request.headers)
  headers.set('x-nonce', extra.nonce!)
  headers.set('Content-Security-Policy', extra.csp!)
  if (extra[REQUESTED_PATH_HEADER]) headers.set(REQUESTED_PATH_HEADER, extra[REQUESTED_PATH_HEADER])
  return headers
}

export const config = {
  // Everything but Next's static files (their headers come from next.config.mjs).
  matcher: ['/((?!_next/static|_next/image|favicon|icon).*)'],
}
