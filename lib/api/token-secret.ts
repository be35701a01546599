import { createHash, randomBytes } from 'node:crypto'

// A token's secret: "sst_" and 32 random bytes (base64url). Only its SHA-256 is stored: a token
// is high-entropy, so a fast hash is enough (as GitHub and Stripe keep theirs).
const PREFIX = 'sst_'

export function newTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = PREFIX + randomBytes(32).toString('base64url')
  return { secret, prefix: secret.slice(0, PREFIX.length + 6), hash: hashTokenSecret(secret) }
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export const looksLikeTokenSecret = (value: string) => /^sst_[\w-]{43}$/.test(value)
