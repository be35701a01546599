import 'server-only'
import { log as appLog } from '@/lib/log'
import { metrics } from '@/lib/metrics'
import { classifyFailure, readBody, readJson } from './classify-response'
import {
  MESSAGES,
  type CreateSessionResult,
  type Failure,
  type GetSessionResult,
} from './client-result'
import {
  createSessionResponseSchema,
  getSessionResponseSchema,
  type CreateSessionRequest,
} from './schemas'
import { redactResult } from './redact'
import { serialiseSessionBody } from './serialise'

// The server-side SaleSnip client. The key comes from the caller (the connection settings), never
// from a browser; logs carry method, path, status and duration, never the key or the body.

export type ClientOptions = {
  baseUrl: string
  apiKey: string
  timeoutMs?: number
  /** For GET: retries after the first attempt (POST is never retried). */
  retries?: number
  /** Where a line per call goes (method, path, status, duration); the app's log by default. */
  log?: (line: string) => void
  /** Sees every answer's status and Server-Timing header (for measurements); never the body. */
  observe?: (event: { path: string; status: number; serverTiming: string | null }) => void
}

// Either an answer, or the transport failure as the caller's result (a timeout or a network error).
type Sent =
  { response: Response } | { failure: Extract<Failure, { kind: 'timeout' | 'network-error' }> }

async function send(
  options: ClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
): Promise<Sent> {
  const started = performance.now()
  const log = options.log ?? ((line: string) => appLog.info(line))
  try {
    const response = await fetch(`${options.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        'X-Api-Key': options.apiKey,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      cache: 'no-store',
    })
    const durationMs = performance.now() - started
    log(`[salesnip] ${method} ${path} → ${response.status} in ${Math.round(durationMs)} ms`)
    observeCall(method, path, String(response.status), durationMs)
    options.observe?.({
      path,
      status: response.status,
      serverTiming: response.headers.get('server-timing'),
    })
    return { response }
  } catch (error) {
    const durationMs = performance.now() - started
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    observeCall(method, path, timedOut ? 'timeout' : 'network-error', durationMs)
    log(
      `[salesnip] ${method} ${path} → ${timedOut ? 'timeout' : 'network error'} after ${Math.round(durationMs)} ms`,
    )
    return {
      failure: timedOut
        ? { kind: 'timeout', message: MESSAGES.timeout }
        : { kind: 'network-error', message: MESSAGES.network },
    }
  }
}

/**
 * POST /v1/sessions, once. Never retried here: after a timeout SaleSnip may have created the session,
 * so only the caller, who knows the idempotency story, may decide to try again.
 */
export async function createSession(
  options: ClientOptions,
  body: CreateSessionRequest,
): Promise<CreateSessionResult> {
  return redactResult(await createSessionOnce(options, body), [options.apiKey])
}

async function createSessionOnce(
  options: ClientOptions,
  body: CreateSessionRequest,
): Promise<CreateSessionResult> {
  const sent = await send(options, 'POST', '/v1/sessions', serialiseSessionBody(body))
  if ('failure' in sent) return sent.failure
  const { response } = sent
  const { text, json } = await readBody(response)
  // Kept as sent, for the session's page ("SaleSnip's answer"); redacted with the rest below.
  const answer = text.slice(0, ANSWER_CAP)
  if (response.status === 201 || response.status === 200) {
    const parsed = createSessionResponseSchema.safeParse(json)
    return parsed.success
      ? { kind: 'created', status: 201, session: parsed.data, answer }
      : { kind: 'malformed', status: response.status, message: MESSAGES.malformed, answer }
  }
  return { ...classifyFailure(response, json), answer }
}

const BACKOFF_MS = [250, 1_000, 3_000]
/** More than the session's page shows (it keeps 10,000 characters): never a whole huge body. */
const ANSWER_CAP = 20_000

/** GET /v1/sessions/{id}, retried with backoff on 429, 5xx, timeouts and network failures. */
export async function getSession(
  options: ClientOptions,
  sessionId: string,
): Promise<GetSessionResult> {
  const retries = options.retries ?? 2
  for (let attempt = 0; ; attempt += 1) {
    const result = redactResult(await getSessionOnce(options, sessionId), [options.apiKey])
    const retryable = ['rate-limited', 'upstream-error', 'timeout', 'network-error'].includes(
      result.kind,
    )
    if (!retryable || attempt >= retries) return result
    const retryAfter =
      result.kind === 'rate-limited' && result.retryAfterSeconds
        ? result.retryAfterSeconds * 1000
        : 0
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(Math.max(retryAfter, BACKOFF_MS[attempt] ?? 3_000), 10_000)),
    )
  }
}

async function getSessionOnce(
  options: ClientOptions,
  sessionId: string,
): Promise<GetSessionResult> {
  const sent = await send(options, 'GET', `/v1/sessions/${encodeURIComponent(sessionId)}`)
  if ('failure' in sent) return sent.failure
  const { response } = sent
  const json = await readJson(response)
  if (response.status === 200) {
    const parsed = getSessionResponseSchema.safeParse(json)
    return parsed.success
      ? { kind: 'found', status: 200, session: parsed.data }
      : { kind: 'malformed', status: 200, message: MESSAGES.malformed }
  }
  if (response.status === 404) return { kind: 'not-found', status: 404, message: MESSAGES.notFound }
  return classifyFailure(response, json)
}

/** Latency by operation (never the session id in the path: labels stay a closed set). */
function observeCall(method: string, path: string, status: string, durationMs: number) {
  const operation = path.startsWith('/v1/sessions/') ? 'read-session' : 'create-session'
  metrics.salesnipCalls.observe({ method, operation, status }, durationMs / 1000)
}
