// SaleSnip's own words can quote what it was sent (an error message that echoes the API key): before
// anything it answered is stored, logged or shown, the key and anything shaped like a credential go.

export const REDACTED = '[redacted]'

const CREDENTIAL =
  /\b(api[_-]?key|x-api-key|authorization|bearer|secret|token|password)(["']?\s*[:=]?\s*["']?)(?:bearer\s+)?[A-Za-z0-9_\-.~+/]{8,}/gi

/** `text` without the given secrets (8+ characters) or anything labelled as a credential. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text
  for (const secret of secrets) {
    if (secret.length >= 8) clean = clean.replaceAll(secret, REDACTED)
  }
  return clean.replace(CREDENTIAL, (_match, label: string, separator: string) => {
    return `${label}${separator}${REDACTED}`
  })
}

/** A result object with every string in it redacted (its shape unchanged). */
export function redactResult<T>(result: T, secrets: readonly string[]): T {
  return JSON.parse(
    JSON.stringify(result, (_key, value: unknown) =>
      typeof value === 'string' ? redactSecrets(value, secrets) : value,
    ),
  ) as T
}
