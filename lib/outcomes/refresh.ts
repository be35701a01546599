import 'server-only'
import { metrics } from '@/lib/metrics'
import { countEvent } from '@/lib/rate-limit/data'
import { getSession } from '@/lib/salesnip/client'
import { resolveConnection, type Connection } from '@/lib/settings/connection-data'
import { readForRefresh, storeOutcome } from './data'
import { wasCreated } from '@/lib/sessions/status'
import type { TemplateVersion } from '@/lib/compose/evaluate'
import { getSessionDetail, type SessionDetail } from '@/lib/history/session-data'
import { summariseOutcome } from './summary'

// Reads a created session back from SaleSnip (GET /v1/sessions/{id}) and stores how it stands.

type RefreshResult =
  | { kind: 'refreshed'; status: 'active' | 'complete' }
  | { kind: 'not-created' }
  | { kind: 'failed'; message: string; rateLimited?: boolean }
  | { kind: 'throttled'; retryAfterSeconds: number }

/** One read of a session a person asks for (Refresh, opening its page) per window, team-wide. */
const ON_REQUEST = { windowMs: 10_000 }

export async function refreshOutcome(
  sessionId: string,
  options: { connection?: Connection; timeoutMs?: number; retries?: number } = {},
): Promise<RefreshResult> {
  const row = await readForRefresh(sessionId)
  if (!row || !wasCreated(row.status) || !row.salesnipId) return { kind: 'not-created' }
  if (row.outcomeReadAt) {
    metrics.outcomeLag.observe((Date.now() - row.outcomeReadAt.getTime()) / 1000)
  }
  const connection = options.connection ?? (await resolveConnection())
  if (connection.problem) return { kind: 'failed', message: connection.problem }
  const result = await getSession(
    {
      baseUrl: connection.baseUrl,
      apiKey: connection.apiKey,
      timeoutMs: Math.min(options.timeoutMs ?? connection.timeoutMs, connection.timeoutMs),
      retries: options.retries ?? 0,
    },
    row.salesnipId,
  )
  if (result.kind !== 'found')
    return { kind: 'failed', message: result.message, rateLimited: result.kind === 'rate-limited' }

  const sent = JSON.parse(row.requestBody) as { products?: { id: string }[] }
  const outcome = summariseOutcome(
    result.session,
    row.currency,
    (sent.products ?? []).map((product) => product.id),
  )
  // The templates whose products the buyer ended up with, once the deal is accepted.
  const versions = JSON.parse(row.templateVersions) as TemplateVersion[]
  const inDeal = new Set(outcome.products.map((product) => product.id))
  const outcomeText = JSON.stringify(outcome.products)
  await storeOutcome({
    sessionId,
    current: row.status,
    reported: outcome.status,
    outcome: outcomeText,
    changed: row.outcome !== null && row.outcome !== outcomeText,
    lastActivityAt: row.lastActivityAt ?? row.createdAt,
    agreedTotalMinor: outcome.agreedTotalMinor,
    discountBp: outcome.discountBp,
    acceptedTemplateIds:
      outcome.status === 'complete'
        ? versions.filter((version) => inDeal.has(version.productId)).map((v) => v.templateId)
        : [],
  })
  return { kind: 'refreshed', status: outcome.status }
}

/**
 * A read a person asked for: at most one per session every 10 s across the team and every
 * instance, so fifty clicks on Refresh cost SaleSnip one read (the team's key, its rate limit).
 */
export async function refreshOnRequest(
  sessionId: string,
  options: { connection?: Connection; timeoutMs?: number } = {},
): Promise<RefreshResult> {
  const window = await countEvent({ key: `refresh-session:${sessionId}`, ...ON_REQUEST })
  if (window.count > 1) return { kind: 'throttled', retryAfterSeconds: window.retryAfterSeconds }
  return refreshOutcome(sessionId, options)
}

/**
 * A stored session, read again from SaleSnip when it was created and its outcome is older than
 * `maxAgeMs` (briefly: a slow SaleSnip leaves the page with what it had). The session's page streams
 * this in after showing what is stored.
 */
export async function refreshIfStale(session: SessionDetail, maxAgeMs: number) {
  const stale = !session.outcomeReadAt || Date.now() - session.outcomeReadAt.getTime() > maxAgeMs
  if (!wasCreated(session.status) || !stale) return { session, refreshProblem: null }
  const result = await refreshOnRequest(session.id, { timeoutMs: 3_000 })
  return {
    session: (await getSessionDetail(session.id)) ?? session,
    refreshProblem: result.kind === 'failed' ? result.message : null,
  }
}
