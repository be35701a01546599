import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

// Where a webhook may go. In production only https, and never to this machine or a private
// network (a hostile admin, or a hostile DNS answer, must not make the console call its own
// insides) unless WEBHOOK_ALLOW_PRIVATE says so. Checked when the endpoint is saved and again,
// on the resolved address, before every delivery.

export type AddressRules = { production: boolean; allowPrivate: boolean }

export function isPrivateAddress(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    )
  }
  const v6 = ip.toLowerCase()
  return v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6)
}

/** Why this address may not receive webhooks, or null when it may. */
export async function addressProblem(url: string, rules: AddressRules): Promise<string | null> {
  const parsed = new URL(url)
  if (rules.production && parsed.protocol !== 'https:') return 'Use an https:// address.'
  if (rules.allowPrivate) return null
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true })).map((found) => found.address)
  } catch {
    return 'This host name does not resolve.'
  }
  if (addresses.some(isPrivateAddress))
    return 'This address is on this machine or a private network; webhooks go to public addresses.'
  return null
}
