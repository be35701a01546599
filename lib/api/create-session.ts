import 'server-only'
import { getSessionSnapshot } from '@/lib/history/session-data'
import { metrics } from '@/lib/metrics'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import { resolveConnection } from '@/lib/settings/connection-data'
import { publicLinks } from '@/lib/settings/public-links'
import { loadComposeTemplates, templateIdsOf } from '@/lib/compose/load-templates'
import { evaluateComposition } from '@/lib/compose/evaluate'
import type { ApiCaller } from './authenticate'
import { formFromApi } from './compositions'
import { apiSessionDetail } from './present'
import { apiError, apiJson } from './respond'

// POST /api/v1/sessions and its preview: the composer's create path (guardrails on the templates
// as stored, the idempotent claim, one call to SaleSnip), answered in the API's shapes.

async function readBody(request: Request): Promise<{ body: unknown } | Response> {
  try {
    return { body: await request.json() }
  } catch {
    return apiError(400, 'invalid_json', 'The body is not JSON.')
  }
}

export async function createSessionFromApi(request: Request, caller: ApiCaller) {
  const read = await readBody(request)
  if (read instanceof Response) return read
  const parsed = formFromApi(read.body, request.headers.get('idempotency-key'), caller.member.id)
  if ('issues' in parsed) return invalid(parsed.issues)
  const connection = await resolveConnection()
  const links = await publicLinks(connection)
  const outcome = await createSessionFromForm(parsed.form, caller.member, { connection, links })
  metrics.creates.inc({
    result: outcome.kind === 'created' && outcome.replay ? 'replay' : outcome.kind,
  })
  switch (outcome.kind) {
    case 'invalid':
      return invalid(outcome.issues)
    case 'limited':
      return apiError(429, 'rate_limited', outcome.message, [], {
        'Retry-After': String(outcome.retryAfterSeconds),
      })
    case 'in-progress':
      return apiError(409, 'in_progress', outcome.message)
    case 'failed':
      return apiError(502, `salesnip_${outcome.code}`, outcome.message, outcome.issues)
    case 'unknown':
      return apiError(504, 'salesnip_unknown', `${outcome.message} (session ${outcome.sessionId})`)
    case 'created': {
      const detail = await getSessionSnapshot(outcome.session.id)
      if (!detail) return apiError(500, 'internal', 'The session was created but cannot be read.')
      const body = { session: apiSessionDetail(detail), replay: outcome.replay }
      return apiJson(body, outcome.replay ? 200 : 201, {
        Location: `/api/v1/sessions/${detail.id}`,
        ...(outcome.replay ? { 'Idempotent-Replayed': 'true' } : {}),
      })
    }
  }
}

/** The exact bytes a create would send SaleSnip for this composition, and its problems. */
export async function previewSessionFromApi(request: Request, caller: ApiCaller) {
  const read = await readBody(request)
  if (read instanceof Response) return read
  const parsed = formFromApi(read.body, null, caller.member.id)
  if ('issues' in parsed) return invalid(parsed.issues)
  const templates = await loadComposeTemplates(templateIdsOf(parsed.form))
  const links = await publicLinks(await resolveConnection())
  const evaluation = evaluateComposition(parsed.form, templates, caller.member.role, {
    relayBase: links.relayBase,
  })
  if (evaluation.issues.length > 0) return invalid(evaluation.issues)
  return apiJson({ body: evaluation.bytes, openingTotalMinor: evaluation.openingTotalMinor })
}

const invalid = (issues: { path: string; message: string }[]) =>
  apiError(422, 'invalid', 'The session has problems; see issues.', issues)
