// Where to send a member after sign-in: only a path of this app, never another site. The value is
// read as a browser would read it (browsers drop tabs and newlines and treat "\" as "/", so
// "/\t/evil.example" is "//evil.example"): anything with control characters or backslashes is
// refused, the rest is parsed as a URL and kept only if it stays on this origin.
const ORIGIN = 'http://studio.invalid'

export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2_000 || !value.startsWith('/')) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/'
  let url: URL
  try {
    url = new URL(value, ORIGIN)
  } catch {
    return '/'
  }
  if (url.origin !== ORIGIN || url.pathname.startsWith('//')) return '/'
  if (url.pathname.startsWith('/sign-in')) return '/'
  // Re-serialised: non-ASCII is percent-encoded, so the path is always safe in a Location header.
  return `${url.pathname}${url.search}${url.hash}`
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path)
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`
}

// The proxy passes the requested path to pages in this header (pages cannot read the URL).
export const REQUESTED_PATH_HEADER = 'x-studio-requested-path'
