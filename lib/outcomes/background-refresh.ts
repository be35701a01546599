import 'server-only'
import { log } from '@/lib/log'
import { countEvent } from '@/lib/rate-limit/data'
import { staleOutcomes } from './data'
import { refreshOutcome } from './refresh'

// Keeps the history's outcomes current in the background without hammering SaleSnip: once a minute
// one app instance (whichever takes the minute's lease in the database) reads back at most 20
// created sessions whose outcome is oldest, one at a time.

const EVERY_MS = 60_000
const BATCH = 20
const FRESH_MS = 5 * 60_000
const GAP_MS = 250

let started = false

export function startOutcomeRefresher(): void {
  if (started) return
  started = true
  const timer = setInterval(() => {
    refreshStaleOutcomes().catch((error) => log.error({ err: error }, 'outcome refresh failed'))
  }, EVERY_MS)
  timer.unref()
}

export async function refreshStaleOutcomes(): Promise<number> {
  const lease = await countEvent({ key: 'outcome-refresh', windowMs: EVERY_MS - 5_000 })
  if (lease.count !== 1) return 0 // another instance has this minute
  const ids = await staleOutcomes(new Date(Date.now() - FRESH_MS), BATCH)
  for (const id of ids) {
    await refreshOutcome(id, { timeoutMs: 5_000 })
    await new Promise((resolve) => setTimeout(resolve, GAP_MS))
  }
  return ids.length
}
