// The client's address for rate limits, as the server in front of Next decided it
// (scripts/start/server.mjs): the socket's peer, or with TRUSTED_PROXY_HOPS = n the address the
// n-th proxy from us saw. Any copy of this header a client sends is replaced there. Headers a client
// writes (X-Forwarded-For without trusted proxies) are never read here.
export const CLIENT_ADDRESS_HEADER = 'x-studio-client-address'

/** The address, or null when unknown (then no per-address limit applies: never a shared bucket). */
export function clientAddress(headers: Headers | undefined): string | null {
  return headers?.get(CLIENT_ADDRESS_HEADER)?.trim() || null
}

/**
 * The client's address from the socket's peer and X-Forwarded-For, trusting `hops` proxies: each
 * appends the address it received from, so the last `hops` entries were written by them.
 */
export function addressFromRequest(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string | null {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
    ...(socketAddress ? [socketAddress] : []),
  ]
  // chain[-1] is the socket's peer (hop 0); each trusted proxy moves us one entry to the left.
  const index = chain.length - 1 - hops
  return index >= 0 ? (chain[index] ?? null) : (chain[0] ?? null)
}
