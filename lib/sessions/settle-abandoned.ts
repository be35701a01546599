import 'server-only'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { countEvent } from '@/lib/rate-limit/data'
import { settleAbandonedPending } from './attempt-data'

// A create whose server stopped mid-call (a crash, a kill -9) leaves its row pending. The server
// settles such rows itself: every 30 s one instance (whichever takes the lease) marks creates
// pending for longer than SaleSnip's timeout plus a margin as "unknown outcome", so nobody waits
// on them and the rep is told to check before sending again.

const EVERY_MS = 30_000
const MARGIN_MS = 30_000

let started = false

export function startSettlingAbandonedCreates(): void {
  if (started) return
  started = true
  const timer = setInterval(() => {
    settleAbandonedCreates().catch((error) => log.error({ err: error }, 'settling creates failed'))
  }, EVERY_MS)
  timer.unref()
}

/** Settles what was abandoned (when this instance holds the lease); returns how many. */
export async function settleAbandonedCreates(now = Date.now()): Promise<number> {
  const lease = await countEvent({ key: 'settle-abandoned-creates', windowMs: EVERY_MS - 5_000 })
  if (lease.count !== 1) return 0
  return settleAbandonedPending(new Date(now - env.SALESNIP_TIMEOUT_MS - MARGIN_MS))
}
