// A keyset cursor is the last row's sort value and id: the next page starts after it, whatever was
// added since, and a deep page costs as little as the first (no OFFSET). Opaque in the address.

export type Cursor = { value: string; id: string }

// Base64url of ASCII (ids and numbers), written so it runs in the browser as on the server.
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.value, cursor.id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null
  try {
    const [value, id] = JSON.parse(
      atob(text.replaceAll('-', '+').replaceAll('_', '/')),
    ) as unknown[]
    return typeof value === 'string' && typeof id === 'string' ? { value, id } : null
  } catch {
    return null
  }
}
