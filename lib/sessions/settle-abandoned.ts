import 'server-only'
import { env } from '@/lib/env'
import { settleAbandonedPending } from './attempt-data'

// A create whose server stopped mid-call (a crash, a kill -9) leaves its row pending. The console
// settles such rows itself: once a minute a job (lib/jobs: one at a time across instances) marks
// creates pending for longer than SaleSnip's timeout plus a margin as "unknown outcome", so nobody
// waits on them and the rep is told to check before sending again.

const MARGIN_MS = 30_000

/** Settles what was abandoned; returns how many. */
export async function settleAbandonedCreates(now = Date.now()): Promise<number> {
  return settleAbandonedPending(new Date(now - env.SALESNIP_TIMEOUT_MS - MARGIN_MS))
}
