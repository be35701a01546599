import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// Secrets at rest (the SaleSnip API key) are sealed with AES-256-GCM under a key derived from the
// app's secret, one key per purpose. Format: v1.<iv>.<tag>.<ciphertext>, base64url.

function keyFor(appSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'session-studio', purpose, 32))
}

export function seal(
  plaintext: string,
  { appSecret, purpose }: { appSecret: string; purpose: string },
) {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(appSecret, purpose), iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The plaintext, or null when the box was not sealed with this secret and purpose (or was altered). */
export function open(
  sealed: string,
  { appSecret, purpose }: { appSecret: string; purpose: string },
): string | null {
  const [version, iv, tag, ciphertext] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) return null
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyFor(appSecret, purpose),
      Buffer.from(iv, 'base64url'),
    )
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return null
  }
}
