import 'server-only'
import { log } from '@/lib/log'
import { SESSION_ID_PLACEHOLDER } from '@/lib/salesnip/limits'
import { findRelayedSession, markAcceptClaimed, recordCancel } from './arrivals-data'
import { refreshOutcome } from './refresh'
import type { Connection } from '@/lib/settings/connection-data'

// The buyer coming back from SaleSnip's chat through the console: record it, then send the buyer
// on to the destination stored with the session (never one taken from the request).

export type RelayKind = 'success' | 'cancel'

export type RelayAnswer =
  | { kind: 'unknown' }
  | { kind: 'redirect'; to: string; confirm: (() => Promise<void>) | null }
  | { kind: 'done'; outcome: RelayKind; confirm: (() => Promise<void>) | null }

const SALESNIP_ID = /^[\w-]{1,128}$/

export async function relayArrival(
  kind: RelayKind,
  salesnipId: string,
  options: { connection?: Connection } = {},
): Promise<RelayAnswer> {
  if (!SALESNIP_ID.test(salesnipId)) return { kind: 'unknown' }
  const session = await findRelayedSession(salesnipId)
  if (!session) return { kind: 'unknown' }
  let confirm: (() => Promise<void>) | null = null
  if (kind === 'cancel') {
    await recordCancel(session.id)
  } else {
    await markAcceptClaimed(session.id)
    // Read back after the buyer is on their way: accepted only if SaleSnip says so.
    confirm = async () => {
      const result = await refreshOutcome(session.id, {
        connection: options.connection,
        timeoutMs: 5_000,
        retries: 1,
      })
      if (result.kind === 'failed')
        log.warn({ sessionId: session.id, message: result.message }, 'accept not yet confirmed')
    }
  }
  const destination = kind === 'success' ? session.successUrl : session.cancelUrl
  if (!destination) return { kind: 'done', outcome: kind, confirm }
  return {
    kind: 'redirect',
    to: destination.replaceAll(SESSION_ID_PLACEHOLDER, encodeURIComponent(salesnipId)),
    confirm,
  }
}
