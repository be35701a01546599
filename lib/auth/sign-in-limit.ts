import 'server-only'
import { countEvent, readWindow } from '@/lib/rate-limit/data'

// Failed sign-ins are limited per email (guessing one member's password) and per client address
// (trying many emails). Five wrong passwords for an email in a minute: the sixth attempt is refused,
// right or wrong, until the minute has passed. Successful sign-ins are not counted.
const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowMs: 60_000 },
  perAddress: { limit: 30, windowMs: 60_000 },
} as const

const keys = (email: string, address: string) => ({
  perEmail: `sign-in:email:${email.trim().toLowerCase()}`,
  perAddress: `sign-in:address:${address}`,
})

/** Seconds to wait when either limit is reached, else null. */
export async function signInBlockedFor(email: string, address: string): Promise<number | null> {
  const key = keys(email, address)
  const [byEmail, byAddress] = await Promise.all([
    readWindow({ key: key.perEmail, windowMs: SIGN_IN_LIMITS.perEmail.windowMs }),
    readWindow({ key: key.perAddress, windowMs: SIGN_IN_LIMITS.perAddress.windowMs }),
  ])
  const blocked = [
    byEmail.count >= SIGN_IN_LIMITS.perEmail.limit ? byEmail.retryAfterSeconds : 0,
    byAddress.count >= SIGN_IN_LIMITS.perAddress.limit ? byAddress.retryAfterSeconds : 0,
  ]
  const wait = Math.max(...blocked)
  return wait > 0 ? wait : null
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const key = keys(email, address)
  await Promise.all([
    countEvent({ key: key.perEmail, windowMs: SIGN_IN_LIMITS.perEmail.windowMs }),
    countEvent({ key: key.perAddress, windowMs: SIGN_IN_LIMITS.perAddress.windowMs }),
  ])
}
