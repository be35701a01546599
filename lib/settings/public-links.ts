import 'server-only'
import { headers } from 'next/headers'
import { env } from '@/lib/env'
import type { Connection } from './connection-data'

// Where a buyer's browser can reach the console: the callback relay and the short links need it.
// APP_URL says so in a deployment. In sandbox mode the buyer chat is the console's own page, so the
// address the rep uses works too, but only on this machine: a Host header is anyone's to write.

export type PublicLinks = {
  /** SaleSnip's callbacks point here (…/r/success/{SESSION_ID}); null: they are the rep's own. */
  relayBase: string | null
  /** Links reps share are …/l/{code}; null: SaleSnip's chat address. */
  shortLinkBase: string | null
  /** Why the console neither relays nor shortens although the workspace asks for it. */
  problem: string | null
}

const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/

export const NO_PUBLIC_ADDRESS =
  "Set APP_URL to the console's address (one a buyer's browser can reach): without it the console cannot record the buyer's return or count opens, so SaleSnip's callbacks and links are used as they are."

async function publicAddress(connection: Connection): Promise<string | null> {
  if (!env.APP_URL && connection.mode !== 'sandbox') return null
  return consoleAddress()
}

/** The console's address for links in emails: APP_URL, or this machine's when used locally. */
export async function consoleAddress(): Promise<string | null> {
  return env.APP_URL ?? localAddress()
}

async function localAddress(): Promise<string | null> {
  let host = ''
  try {
    host = (await headers()).get('host') ?? ''
  } catch {
    // Called outside a request (a script, a test): there is no address the rep used.
  }
  return LOCAL_HOST.test(host) ? `http://${host}` : null
}

export async function publicLinks(connection: Connection): Promise<PublicLinks> {
  const { relayCallbacks, shortLinks } = connection.defaults
  if (!relayCallbacks && !shortLinks) return { relayBase: null, shortLinkBase: null, problem: null }
  const base = await publicAddress(connection)
  if (!base) return { relayBase: null, shortLinkBase: null, problem: NO_PUBLIC_ADDRESS }
  return {
    relayBase: relayCallbacks ? base : null,
    shortLinkBase: shortLinks ? base : null,
    problem: null,
  }
}
