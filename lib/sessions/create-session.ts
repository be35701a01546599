import 'server-only'
import type { Member } from '@/lib/auth/current-member'
import { env } from '@/lib/env'
import { countEvent, readWindow } from '@/lib/rate-limit/data'
import { createSession } from '@/lib/salesnip/client'
import { resolveConnection, type Connection } from '@/lib/salesnip/connection'
import type { ComposeForm } from './compose-schema'
import {
  claimFailedKey,
  claimNewKey,
  findByKey,
  finishAttempt,
  markStalePending,
  releaseClaim,
  type KeyRow,
  type PendingSession,
} from './data'
import {
  failedOutcome,
  IN_PROGRESS_MESSAGE,
  limited,
  mayHaveCreated,
  UNKNOWN_MESSAGE,
  type CreateOutcome,
} from './create-outcome'
import { evaluateComposition } from './evaluate'
import { sessionSearchText } from './search-text'
import { wasCreated } from './status'
import { loadComposeTemplates, templateIdsOf } from './compose-queries'

// The one create: validate (schema, guardrails, SaleSnip's schema, on the templates as stored),
// claim the idempotency key, call SaleSnip once, store the outcome. A second caller with the same
// key (a double click, a retry, another tab, another app instance) never calls SaleSnip while the
// first is under way: it waits for the first result and returns it.

export const CREATE_LIMIT = { perMinute: env.CREATE_SESSIONS_PER_MINUTE, windowMs: 60_000 }

export type CreateOptions = {
  connection?: Connection
  /** Creates a member may start per minute (new keys only; replays are free). */
  limitPerMinute?: number
  /** How long a second caller waits for the first one's answer. */
  waitMs?: number
}

export async function createSessionFromForm(
  form: ComposeForm,
  member: Member,
  options: CreateOptions = {},
): Promise<CreateOutcome> {
  const connection = options.connection ?? (await resolveConnection())
  const waitMs = options.waitMs ?? connection.timeoutMs + 5_000
  const prior = await findByKey(form.idempotencyKey)
  if (prior && prior.status !== 'failed') return settle(prior, member, waitMs, connection)

  const templates = await loadComposeTemplates(templateIdsOf(form))
  const evaluation = evaluateComposition(form, templates, member.role)
  if (evaluation.issues.length > 0) return { kind: 'invalid', issues: evaluation.issues }

  // Checked before claiming (a replay of a key must not count), counted once the key is ours.
  const limit = options.limitPerMinute ?? CREATE_LIMIT.perMinute
  const rateKey = { key: `create-session:${member.id}`, windowMs: CREATE_LIMIT.windowMs }
  const before = await readWindow(rateKey)
  if (before.count >= limit) return limited(limit, before.retryAfterSeconds)

  const buyer = {
    name: form.buyer.name,
    email: form.buyer.email,
    company: form.buyer.company,
    dealReference: form.buyer.dealReference,
  }
  const productNames = evaluation.body.products.map((product) => product.name)
  const searchText = sessionSearchText({ buyer, productNames, rep: member })
  const pending: PendingSession = {
    idempotencyKey: form.idempotencyKey,
    projectId: evaluation.body.projectId,
    currency: form.currency,
    openingTotalMinor: evaluation.openingTotalMinor ?? 0,
    buyer,
    productNames,
    requestBody: evaluation.bytes,
    composition: JSON.stringify(form),
    templateVersions: JSON.stringify(evaluation.templateVersions),
    overrides: JSON.stringify(
      evaluation.overrides.map((override) => ({
        ...override,
        byId: member.id,
        byName: member.name,
      })),
    ),
    searchText,
    createdById: member.id,
    templateIds: evaluation.templateVersions.map((version) => version.templateId),
  }
  const claim = prior ? await claimFailedKey(prior.id, pending) : await claimNewKey(pending)
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
    responseText: JSON.stringify(result.kind === 'created' ? result.session : result),
    status,
    durationMs: performance.now() - started,
    searchText: sessionSearchText({
      buyer,
      productNames,
      rep: member,
      salesnipId: result.kind === 'created' ? result.session.id : null,
    }),
    draft: form.draftId ? { id: form.draftId, ownerId: member.id } : undefined,
  })

  if (result.kind === 'created') {
    return {
      kind: 'created',
      replay: false,
      session: {
        id: claim.sessionId,
        salesnipId: result.session.id,
        url: result.session.url,
        currency: form.currency,
        openingTotalMinor: pending.openingTotalMinor,
      },
    }
  }
  return failedOutcome(result, claim.sessionId)
}

/** The answer for a key someone else holds: wait while it is pending, then report its outcome. */
async function settle(
  first: KeyRow,
  member: Member,
  waitMs: number,
  connection: Connection,
): Promise<CreateOutcome> {
  if (first.createdById !== member.id) {
    return {
      kind: 'invalid',
      issues: [{ path: 'root', message: 'This form was sent by someone else. Reload the page.' }],
    }
  }
  const deadline = Date.now() + waitMs
  let row: KeyRow | null = first
  while (true) {
    // Gone: its caller was over the rate limit and gave the key back.
    if (!row) return limited(CREATE_LIMIT.perMinute, 60)
    if (wasCreated(row.status) && row.salesnipId && row.url) {
      return {
        kind: 'created',
        replay: true,
        session: {
          id: row.id,
          salesnipId: row.salesnipId,
          url: row.url,
          currency: row.currency,
          openingTotalMinor: row.openingTotalMinor,
        },
      }
    }
    if (row.status === 'unknown')
      return {
        kind: 'unknown',
        message: `${row.errorMessage ?? ''} ${UNKNOWN_MESSAGE}`.trim(),
        sessionId: row.id,
      }
    if (row.status === 'failed') {
      return {
        kind: 'failed',
        code: row.errorCode ?? 'failed',
        message: row.errorMessage ?? 'The create failed.',
        issues: [],
        sessionId: row.id,
      }
    }
    // Pending. A caller that stopped mid-call (its instance went down) leaves it pending for good.
    const abandonedBefore = new Date(Date.now() - connection.timeoutMs - 30_000)
    if (row.updatedAt < abandonedBefore && (await markStalePending(row.id, abandonedBefore))) {
      row = await findByKey(first.idempotencyKey)
      continue
    }
    if (Date.now() >= deadline) return { kind: 'in-progress', message: IN_PROGRESS_MESSAGE }
    await new Promise((resolve) => setTimeout(resolve, 100))
    row = await findByKey(first.idempotencyKey)
  }
}
