import { randomBytes } from 'node:crypto'

/** A short link's code: 72 random bits, URL-safe (12 characters); unguessable, so unlisted. */
export function newLinkCode(): string {
  return randomBytes(9).toString('base64url')
}
