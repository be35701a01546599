// The client's address for rate limits. Behind a proxy, its X-Forwarded-For names the client first;
// without one, all requests share one bucket, which only makes the per-address limit stricter.
export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers?.get('x-real-ip')?.trim() || 'unknown'
}
