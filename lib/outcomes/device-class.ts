import type { DeviceClass } from './arrivals-data'

// The kind of device from a User-Agent, and nothing more: the raw header and the address are not
// kept. Link unfurlers (Slack, WhatsApp, mail scanners) count as bots, so a pasted link is not an open.

const BOT =
  /bot|crawl|spider|slurp|facebookexternalhit|whatsapp|slack|telegram|discord|preview|curl|wget|python|go-http|node-fetch|axios/i
const TABLET = /ipad|tablet|playbook|silk|(android(?!.*mobile))/i
const PHONE = /mobile|iphone|ipod|android|blackberry|opera mini|iemobile/i

export function deviceClassOf(userAgent: string | null): DeviceClass {
  const agent = userAgent ?? ''
  if (!agent || BOT.test(agent)) return 'bot'
  if (TABLET.test(agent)) return 'tablet'
  if (PHONE.test(agent)) return 'phone'
  return 'desktop'
}
