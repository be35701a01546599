import { MESSAGES, type Failure } from './client-result'

const NOT_JSON = Symbol('not json')

/** The body as JSON, or NOT_JSON when it is not JSON at all. */
export async function readJson(response: Response): Promise<unknown> {
  return (await readBody(response)).json
}

/** What SaleSnip sent, kept as text (to show the team exactly that), and read as JSON. */
export async function readBody(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text().catch(() => '')
  try {
    return { text, json: JSON.parse(text) }
  } catch {
    return { text, json: NOT_JSON }
  }
}

/** Turns a non-success answer into a typed failure. */
export function classifyFailure(response: Response, json: unknown): Failure {
  const status = response.status
  if (status === 401 || status === 403)
    return { kind: 'unauthorised', status, message: MESSAGES.unauthorised }
  if (status === 429) {
    return {
      kind: 'rate-limited',
      status,
      retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
      message: MESSAGES.rateLimited,
    }
  }
  if (status >= 500) return { kind: 'upstream-error', status, message: MESSAGES.upstream }
  if (status >= 400 && json !== NOT_JSON) {
    return {
      kind: 'rejected',
      status,
      message: upstreamMessage(json) ?? `SaleSnip refused the request (${status}).`,
      fieldErrors: upstreamFieldErrors(json),
    }
  }
  return { kind: 'malformed', status, message: MESSAGES.malformed }
}

export function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

// SaleSnip's error format is not documented: read the usual shapes, say nothing when unsure.
function upstreamMessage(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null
  const record = json as Record<string, unknown>
  for (const key of ['message', 'error_description', 'error']) {
    if (typeof record[key] === 'string' && record[key]) return String(record[key]).slice(0, 500)
  }
  return null
}

function upstreamFieldErrors(json: unknown): Record<string, string[]> {
  const issues =
    typeof json === 'object' && json !== null
      ? ((json as Record<string, unknown>).issues ?? (json as Record<string, unknown>).errors)
      : null
  const fieldErrors: Record<string, string[]> = {}
  if (!Array.isArray(issues)) return fieldErrors
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue
    const { path, message } = issue as { path?: unknown; message?: unknown }
    const key = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : null
    if (key && typeof message === 'string') (fieldErrors[key] ??= []).push(message.slice(0, 500))
  }
  return fieldErrors
}
