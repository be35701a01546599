import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const databaseFile = vi.hoisted(() => {
  const file = `data/test-salesnip-client-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})

import { removeSqliteFiles } from '@/lib/db/create-client'
import { db } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/migrate'
import { serve } from '@/lib/testing/serve'
import { createSession, getSession, type ClientOptions } from './client'
import { handleCreate, handleGet } from './sandbox/http'
import type { CreateSessionRequest } from './schemas'

// The client against the local sandbox, over real HTTP, for every outcome it must tell apart.
let sandbox: Awaited<ReturnType<typeof serve>>
const logs: string[] = []
const options = (overrides: Partial<ClientOptions> = {}): ClientOptions => ({
  baseUrl: `${sandbox.url}/api/salesnip-sandbox`,
  apiKey: 'sandbox_test_key',
  timeoutMs: 2_000,
  retries: 0,
  log: (line) => logs.push(line),
  ...overrides,
})
const body = (metadata: Record<string, string> = {}): CreateSessionRequest => ({
  projectId: 'project_test',
  currency: 'USD',
  products: [{ id: 'pro', name: 'Pro', price: { initial: 100, minimum: 80 } }],
  metadata: { secret_note: 'do-not-log', ...metadata },
})

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  sandbox = await serve(async (request) => {
    const path = new URL(request.url).pathname.replace('/api/salesnip-sandbox', '')
    if (request.method === 'POST' && path === '/v1/sessions')
      return handleCreate(request, sandbox.url)
    const id = /^\/v1\/sessions\/([^/]+)$/.exec(path)?.[1]
    if (request.method === 'GET' && id)
      return handleGet(request, decodeURIComponent(id), sandbox.url)
    return new Response('Not Found', { status: 404 })
  })
})
afterAll(async () => {
  await sandbox.close()
  await db.$disconnect()
  removeSqliteFiles(`file:./${databaseFile}`)
})

describe('createSession', () => {
  it('creates a session and stores the exact bytes sent', async () => {
    const result = await createSession(options(), body())
    expect(result).toMatchObject({ kind: 'created', status: 201 })
    if (result.kind !== 'created') return
    expect(result.session.id).toMatch(/^session_/)
    expect(result.session.url).toBe(`${sandbox.url}/sandbox/chat/${result.session.id}`)
    const stored = await db.sandboxSession.findUniqueOrThrow({ where: { id: result.session.id } })
    expect(stored.requestBody).toBe(JSON.stringify(body()))
  })

  it('reports validation errors with their field paths', async () => {
    const bad = body()
    bad.products[0]!.price = { initial: 10, minimum: 20 }
    const result = await createSession(options(), bad)
    expect(result).toMatchObject({
      kind: 'rejected',
      status: 400,
      message: 'The session is not valid.',
      fieldErrors: {
        'products.0.price.minimum': ['The floor price cannot be above the opening price.'],
      },
    })
  })

  it('says plainly when the key is refused', async () => {
    expect(await createSession(options({ apiKey: 'wrong-key' }), body())).toEqual({
      kind: 'unauthorised',
      status: 401,
      message: 'SaleSnip rejected the API key.',
      answer: expect.any(String),
    })
  })

  it('tells rate limits (with Retry-After), upstream errors and malformed answers apart', async () => {
    expect(await createSession(options(), body({ sandbox_fault: '429' }))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 2,
    })
    expect(await createSession(options(), body({ sandbox_fault: '500' }))).toMatchObject({
      kind: 'upstream-error',
      status: 500,
    })
    // What SaleSnip sent is kept as it came, for the session's page, beside the app's reading.
    expect(await createSession(options(), body({ sandbox_fault: 'garbage' }))).toMatchObject({
      kind: 'malformed',
      status: 200,
      answer: '<html>Bad gateway</html>',
    })
    expect(await createSession(options(), body({ sandbox_fault: 'wrong-shape' }))).toMatchObject({
      kind: 'malformed',
      status: 201,
    })
  })

  it('times out after the configured time, and waits for a slow answer within it', async () => {
    const started = performance.now()
    expect(
      await createSession(options({ timeoutMs: 300 }), body({ sandbox_fault: 'timeout' })),
    ).toMatchObject({ kind: 'timeout' })
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(
      await createSession(options({ timeoutMs: 5_000 }), body({ sandbox_fault: 'slow' })),
    ).toMatchObject({ kind: 'created' })
  })

  it('reports a network failure', async () => {
    expect(await createSession(options({ baseUrl: 'http://127.0.0.1:9' }), body())).toMatchObject({
      kind: 'network-error',
    })
  })

  it('logs method, path, status and duration, never the key or metadata', () => {
    expect(
      logs.some((line) => /^\[salesnip\] POST \/v1\/sessions → 201 in \d+ ms$/.test(line)),
    ).toBe(true)
    expect(logs.join('\n')).not.toMatch(/sandbox_test_key|do-not-log/)
  })
})

describe('getSession', () => {
  it('reads a session back, or says it does not exist', async () => {
    const created = await createSession(options(), body())
    if (created.kind !== 'created') throw new Error('create failed')
    const found = await getSession(options(), created.session.id)
    expect(found).toMatchObject({
      kind: 'found',
      session: { id: created.session.id, status: 'ACTIVE', currency: 'USD' },
    })
    expect(await getSession(options(), 'session_missing')).toMatchObject({
      kind: 'not-found',
      status: 404,
    })
  })

  it('retries failures with backoff, and gives up after its retries', async () => {
    let calls = 0
    const flaky = await serve(async () => {
      calls += 1
      if (calls < 3) return new Response('busy', { status: 503 })
      return Response.json({
        id: 's',
        project: 'p',
        url: 'https://x.example',
        status: 'COMPLETE',
        currency: 'USD',
        products: [],
      })
    })
    try {
      expect(await getSession(options({ baseUrl: flaky.url, retries: 2 }), 's')).toMatchObject({
        kind: 'found',
      })
      expect(calls).toBe(3)
      calls = 0
      expect(await getSession(options({ baseUrl: flaky.url, retries: 1 }), 's')).toMatchObject({
        kind: 'upstream-error',
        status: 503,
      })
      expect(calls).toBe(2)
    } finally {
      await flaky.close()
    }
  })
})
