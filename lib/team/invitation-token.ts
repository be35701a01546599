import { createHash, randomBytes } from 'node:crypto'

// An invitation link carries a random token; the database keeps only its hash, so a leaked
// database cannot be turned into working links.
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
