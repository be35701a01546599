// Where to send a member after sign-in: only a path of this app, never another site
// (`//evil.example` and `/\evil.example` are absolute URLs to browsers).
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  if (value.startsWith('//') || value.startsWith('/\\')) return '/'
  if (value.startsWith('/sign-in')) return '/'
  return value
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path)
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`
}

// The proxy passes the requested path to pages in this header (pages cannot read the URL).
export const REQUESTED_PATH_HEADER = 'x-studio-requested-path'
