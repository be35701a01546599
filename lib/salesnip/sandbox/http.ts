import 'server-only'
import { createSessionRequestSchema } from '../schemas'
import { issuesByPath } from '../serialise'
import { findSandboxSession, storeSandboxSession } from './data'
import { faultOf, readFaultOf, SLOW_FAULT_MS, TIMEOUT_FAULT_MS } from './faults'
import { readBack } from './negotiation'

// The sandbox's HTTP API, with the real API's paths and answers. Route handlers in
// app/api/salesnip-sandbox call these only in sandbox mode.

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers })

function authorised(request: Request): boolean {
  return request.headers.get('x-api-key')?.startsWith('sandbox_') ?? false
}

const unauthorised = () => json(401, { error: 'unauthorized', message: 'Invalid API key.' })

export async function handleCreate(request: Request, chatBase: string): Promise<Response> {
  const started = performance.now()
  if (!authorised(request)) return unauthorised()
  const raw = await readCapped(request, BODY_LIMIT_BYTES)
  if (raw === null) {
    return json(413, { error: 'too_large', message: 'The body is over 1 MB.' })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return json(400, { error: 'invalid_json', message: 'The body is not JSON.' })
  }
  const fault = faultOf(parsed)
  if (fault === '500') return json(500, { error: 'internal', message: 'Sandbox fault: 500' })
  if (fault === '429')
    return json(429, { error: 'rate_limited', message: 'Slow down.' }, { 'Retry-After': '2' })
  if (fault === 'garbage')
    return new Response('<html>Bad gateway</html>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    })
  if (fault === 'wrong-shape') return json(201, { session: { identifier: 42 } })
  if (fault === 'slow') await sleep(SLOW_FAULT_MS)
  if (fault === 'timeout') await sleep(TIMEOUT_FAULT_MS)

  const body = createSessionRequestSchema.safeParse(parsed)
  if (!body.success) {
    const issues = Object.entries(issuesByPath(body.error.issues)).flatMap(([path, messages]) =>
      messages.map((message) => ({ path, message })),
    )
    return json(400, { error: 'invalid_request', message: 'The session is not valid.', issues })
  }
  const id = await storeSandboxSession(body.data, raw)
  const handlerMs = performance.now() - started - (fault === 'slow' ? SLOW_FAULT_MS : 0)
  return json(
    201,
    { id, url: `${chatBase}/sandbox/chat/${id}` },
    { 'Server-Timing': `handler;dur=${handlerMs.toFixed(2)}` },
  )
}

export async function handleGet(request: Request, id: string, chatBase: string): Promise<Response> {
  if (!authorised(request)) return unauthorised()
  const session = await findSandboxSession(id)
  if (!session) return json(404, { error: 'not_found', message: 'No session with this id.' })
  const readFault = readFaultOf(session.state.metadata)
  if (readFault === '500') return json(500, { error: 'internal', message: 'Sandbox fault: 500' })
  if (readFault === '429')
    return json(429, { error: 'rate_limited', message: 'Slow down.' }, { 'Retry-After': '2' })
  if (readFault === 'garbage')
    return new Response('<html>Bad gateway</html>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    })
  if (readFault === 'timeout') await sleep(TIMEOUT_FAULT_MS)
  const status = session.status === 'COMPLETE' ? 'COMPLETE' : 'ACTIVE'
  return json(
    200,
    readBack(session.state, {
      id,
      projectId: session.projectId,
      url: `${chatBase}/sandbox/chat/${id}`,
      status,
    }),
  )
}

// Far above any valid session (50 products, 10 cross-sells), far below what would hurt to store.
const BODY_LIMIT_BYTES = 1_000_000

/** The body as text, or null past `limit` bytes (read no further: a 30 MB body costs 1 MB). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
