import 'server-only'
import type { Member } from '@/lib/auth/current-member'
import { CREATE_LIMIT } from './create-limit'
import { countEvent, readWindow } from '@/lib/rate-limit/data'
import { createSession } from '@/lib/salesnip/client'
import { resolveConnection, type Connection } from '@/lib/settings/connection-data'
import type { ComposeForm } from '@/lib/compose/schema'
import { claimFailedKey, claimNewKey, findByKey, releaseClaim } from './key-claim-data'
import { finishAttempt } from './attempt-data'
import { failedResult, limited, mayHaveCreated, type CreateResult } from './create-result'
import { evaluateComposition } from '@/lib/compose/evaluate'
import { sessionSearchText } from './search-text'
import { pendingSessionOf, type LinkBases } from './pending-session'
import { settle, SOMEONE_ELSES } from './settle'
import { loadComposeTemplates, templateIdsOf } from '@/lib/compose/load-templates'
import { eventSentence } from '@/lib/activity/sentence'
import { emitSessionEvent } from '@/lib/activity/webhook-events'

// The one create: validate (schema, guardrails, SaleSnip's schema, on the templates as stored),
// claim the idempotency key, call SaleSnip once, store the outcome. A second caller with the same
// key (a double click, a retry, another tab, another app instance) never calls SaleSnip while the
// first is under way: it waits for the first result and returns it.

type CreateOptions = {
  connection?: Connection
  /** Creates a member may start per minute (new keys only; replays are free). */
  limitPerMinute?: number
  /** How long a second caller waits for the first one's answer. */
  waitMs?: number
  /** Relayed callbacks and short links: the console's public address for each (none in tests). */
  links?: LinkBases
}

export async function createSessionFromForm(
  form: ComposeForm,
  member: Member,
  options: CreateOptions = {},
): Promise<CreateResult> {
  const connection = options.connection ?? (await resolveConnection())
  // Nothing can be sent (an unreadable stored key, no key and no sandbox): refused, nothing written.
  if (connection.problem)
    return { kind: 'invalid', issues: [{ path: 'root', message: connection.problem }] }
  const waitMs = options.waitMs ?? connection.timeoutMs + 5_000
  const prior = await findByKey(form.idempotencyKey)
  // A key belongs to whoever sent it first: nobody else may replay it, nor retry it as their own.
  if (prior && prior.createdById !== member.id) return { kind: 'invalid', issues: [SOMEONE_ELSES] }
  if (prior && prior.status !== 'failed') return settle(prior, member, waitMs, connection)

  const templates = await loadComposeTemplates(templateIdsOf(form))
  const links = options.links ?? { relayBase: null, shortLinkBase: null }
  const evaluation = evaluateComposition(form, templates, member.role, {
    relayBase: links.relayBase,
  })
  if (evaluation.issues.length > 0) return { kind: 'invalid', issues: evaluation.issues }

  // Checked before claiming (a replay of a key must not count), counted once the key is ours.
  const limit = options.limitPerMinute ?? CREATE_LIMIT.perMinute
  const rateKey = { key: `create-session:${member.id}`, windowMs: CREATE_LIMIT.windowMs }
  const before = await readWindow(rateKey)
  if (before.count >= limit) return limited(limit, before.retryAfterSeconds)

  const pending = pendingSessionOf(form, evaluation, member, links)
  const { buyer, productNames } = pending
  const claim = prior ? await claimFailedKey(prior, pending) : await claimNewKey(pending)
  if (!claim) {
    const holder = await findByKey(form.idempotencyKey)
    if (!holder) throw new Error('idempotency key vanished while claimed')
    return settle(holder, member, waitMs, connection)
  }

  const window = await countEvent(rateKey)
  if (window.count > limit) {
    // A burst got past the check above: give the key back, as if this call never came.
    await releaseClaim(claim.sessionId, prior !== null)
    return limited(limit, window.retryAfterSeconds)
  }

  const started = performance.now()
  const result = await createSession(
    { baseUrl: connection.baseUrl, apiKey: connection.apiKey, timeoutMs: connection.timeoutMs },
    evaluation.body,
  )
  const status =
    result.kind === 'created' ? 'created' : mayHaveCreated(result) ? 'unknown' : 'failed'
  await finishAttempt({
    sessionId: claim.sessionId,
    attemptId: claim.attemptId,
    result,
    // What SaleSnip sent, as it sent it (nothing when it never answered: a timeout).
    responseText: result.answer ?? null,
    status,
    durationMs: performance.now() - started,
    searchText: sessionSearchText({
      buyer,
      productNames,
      rep: member,
      salesnipId: result.kind === 'created' ? result.session.id : null,
    }),
    draft: form.draftId ? { id: form.draftId, ownerId: member.id } : undefined,
    replaces: form.replacesSessionId || undefined,
  })
  if (status !== 'unknown') {
    const kind = status === 'created' ? 'created' : 'failed'
    const subject = {
      buyerName: buyer.name,
      buyerCompany: buyer.company,
      productNames,
      currency: form.currency,
    }
    await emitSessionEvent(claim.sessionId, `session.${kind}`, eventSentence(kind, subject))
  }

  if (result.kind === 'created') {
    return {
      kind: 'created',
      replay: false,
      session: {
        id: claim.sessionId,
        salesnipId: result.session.id,
        // The link to share: the console's short link when there is one.
        url: pending.shortUrl ?? result.session.url,
        currency: form.currency,
        openingTotalMinor: pending.openingTotalMinor,
      },
    }
  }
  return failedResult(result, claim.sessionId)
}
