import 'server-only'
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible'
import { db } from '@/lib/db/client'

// Sign-in attempts, limited with a kept library (rate-limiter-flexible) on the shared database, so
// the limit holds across instances. Each attempt is consumed *before* its password is checked, in
// one atomic increment: of 25 attempts sent at once, only the first 5 are ever checked.

export const SIGN_IN_LIMITS = {
  perEmail: { points: 5, duration: 60 },
  perAddress: { points: 30, duration: 60 },
} as const

const limiter = (keyPrefix: string, limits: { points: number; duration: number }) =>
  new RateLimiterPrisma({
    storeClient: db,
    tableName: 'rateLimiterFlexible',
    keyPrefix,
    ...limits,
    clearExpiredByTimeout: false,
  })

const byEmail = limiter('sign-in:email', SIGN_IN_LIMITS.perEmail)
const byAddress = limiter('sign-in:address', SIGN_IN_LIMITS.perAddress)

/**
 * Counts one attempt for the email and (when known) the client address; the seconds to wait when
 * either limit is spent, else null (go ahead and check the password).
 */
export async function consumeSignInAttempt(
  email: string,
  address: string | null,
): Promise<number | null> {
  const results = await Promise.allSettled([
    byEmail.consume(normalised(email)),
    ...(address ? [byAddress.consume(address)] : []),
  ])
  const waits = results.flatMap((result) => {
    if (result.status === 'fulfilled') return []
    if (result.reason instanceof RateLimiterRes) return [result.reason.msBeforeNext]
    throw result.reason
  })
  return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : null
}

/** A successful sign-in gives its attempt back: only failures count. */
export async function refundSignInAttempt(email: string, address: string | null): Promise<void> {
  await Promise.all([
    byEmail.reward(normalised(email), 1),
    ...(address ? [byAddress.reward(address, 1)] : []),
  ])
}

const normalised = (email: string) => email.trim().toLowerCase()
