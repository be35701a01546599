import type { Connection } from '@/lib/settings/connection-data'
import { serve } from './serve'

// A fake SaleSnip over real HTTP for tests of the create and the read-back: POST answers as
// `state.behaviour` says (and keeps each body it received), GET reads a session back as
// `state.readBackStatus` says: Pro (monthly) agreed at 90 × 2, its upsell accepted at 45.

type FakeBehaviour = 'created' | 'rejected' | '500' | 'hang' | 'echoes-key'

export async function startFakeSalesnip() {
  const state = {
    behaviour: 'created' as FakeBehaviour,
    received: [] as string[],
    readBackStatus: 'ACTIVE' as 'ACTIVE' | 'COMPLETE',
    reads: 0,
  }
  let issued = 0
  const server = await serve(async (request) => {
    if (request.method === 'GET') {
      state.reads += 1
      return Response.json(readBack(new URL(request.url).pathname, state.readBackStatus))
    }
    const body = await request.text()
    state.received.push(body)
    if (state.behaviour === 'hang') await new Promise((resolve) => setTimeout(resolve, 2_000))
    if (state.behaviour === 'echoes-key') {
      // A careless upstream quoting the key it was given.
      const key = request.headers.get('x-api-key') ?? request.headers.get('authorization')
      return Response.json({ message: `Project not found for key ${key}` }, { status: 400 })
    }
    if (state.behaviour === '500') return Response.json({ message: 'boom' }, { status: 500 })
    if (state.behaviour === 'rejected') {
      return Response.json(
        {
          message: 'Invalid price',
          issues: [{ path: ['products', 0, 'price', 'minimum'], message: 'Too low.' }],
        },
        { status: 422 },
      )
    }
    // A little latency, so concurrent callers really overlap.
    await new Promise((resolve) => setTimeout(resolve, 30))
    const n = (issued += 1)
    return Response.json(
      { id: `session_${n}`, url: `https://chat.example.com/#${n}` },
      { status: 201 },
    )
  })
  const connection: Connection = {
    mode: 'live',
    source: 'environment',
    problem: null,
    apiKey: 'secret_test_key',
    baseUrl: server.url,
    // Generous: 50 creates at once on a busy machine must not time out (the timeout test sets its own).
    timeoutMs: 10_000,
    defaults: {
      projectId: null,
      defaultCurrency: null,
      successUrl: null,
      cancelUrl: null,
      relayCallbacks: false,
      shortLinks: false,
    },
  }
  return { state, connection, close: () => server.close() }
}

function readBack(path: string, status: 'ACTIVE' | 'COMPLETE') {
  return {
    id: path.split('/').pop(),
    project: 'project_test',
    url: 'https://chat.example.com/#x',
    status,
    currency: 'USD',
    products: [
      {
        id: 'pro-monthly',
        name: 'Pro (monthly)',
        price: { current: 90, initial: 99, minimum: 79 },
        quantity: { current: 2, initial: 1, minimum: 1, maximum: 10 },
      },
      {
        id: 'support-priority-monthly',
        name: 'Priority support (monthly)',
        price: { current: 45, initial: 49, minimum: 39 },
      },
    ],
  }
}
