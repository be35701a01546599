import 'server-only'
import { betterAuth } from 'better-auth'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { nextCookies } from 'better-auth/next-js'
import { admin } from 'better-auth/plugins'
import { authDatabase } from './auth-data'
import { env } from '@/lib/env'
import { metrics } from '@/lib/metrics'
import { clientAddress } from './client-address'
import { consumeSignInAttempt, refundSignInAttempt } from '@/lib/rate-limit/sign-in-limiter-data'

const SIGN_IN_PATH = '/sign-in/email'
export const DEACTIVATED_MESSAGE = 'This account is deactivated. Ask an admin of your team.'

export const auth = betterAuth({
  appName: 'Session Studio',
  secret: env.APP_SECRET,
  // Without APP_URL (local use) the address is taken from the request, limited to this machine.
  baseURL: env.APP_URL ?? {
    allowedHosts: ['localhost', 'localhost:*', '127.0.0.1', '127.0.0.1:*'],
    protocol: 'http',
  },
  database: authDatabase,
  emailAndPassword: {
    enabled: true,
    // Members join by invitation only (lib/team); there is no public sign-up.
    disableSignUp: true,
    minPasswordLength: 10,
    maxPasswordLength: 128,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7, // a week without use signs a member out
    updateAge: 60 * 60 * 24,
  },
  // better-auth's own limiter keys by address and path and counts successes too; ours
  // (lib/rate-limit/sign-in-limiter-data.ts) counts failures per email and per client address, in
  // the shared database, consuming each attempt before its password is checked.
  rateLimit: { enabled: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return
      const email = String(ctx.body?.email ?? '')
      const wait = await consumeSignInAttempt(email, clientAddress(ctx.headers))
      if (wait !== null) {
        metrics.signInFailures.inc({ reason: 'limited' })
        throw new APIError('TOO_MANY_REQUESTS', {
          message: `Too many sign-in attempts. Try again in ${wait} seconds.`,
        })
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return
      const returned = ctx.context.returned
      if (returned instanceof APIError) {
        metrics.signInFailures.inc({
          reason: returned.statusCode === 403 ? 'deactivated' : 'refused',
        })
      }
      // Signed in: the attempt is given back (only failures count toward the limit).
      if (!(returned instanceof APIError)) {
        await refundSignInAttempt(String(ctx.body?.email ?? ''), clientAddress(ctx.headers))
      }
    }),
  },
  plugins: [
    admin({
      defaultRole: 'rep',
      adminRoles: ['admin'],
      bannedUserMessage: DEACTIVATED_MESSAGE,
    }),
    nextCookies(), // last: lets server actions set the session cookie
  ],
})
