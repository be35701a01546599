// The SaleSnip client against the app's own sandbox (the app runs in sandbox mode: no key is set).
import { createSession, type ClientOptions } from '@/lib/salesnip/client'
import type { CreateSessionRequest } from '@/lib/salesnip/schemas'
import { percentile, report } from './measure'

const body = (index: number): CreateSessionRequest => ({
  projectId: 'project_bench',
  currency: 'USD',
  callbacks: {
    success: 'https://example.com/ok/{SESSION_ID}',
    cancel: 'https://example.com/no/{SESSION_ID}',
  },
  products: [
    {
      id: `plan-${index}`,
      name: 'Pro plan',
      price: { initial: 100, minimum: 80 },
      quantity: { initial: 1, maximum: 10, minimum: 1 },
      recurring: { unit: 'MONTH', count: 12 },
      upsellProduct: {
        id: 'support',
        name: 'Priority support',
        price: { initial: 20, minimum: 15 },
      },
    },
  ],
  crossSellProducts: [{ id: 'seats', name: 'Extra seats', price: { initial: 5, minimum: 4 } }],
  metadata: { deal: `bench-${index}` },
})

export async function benchSandbox(baseUrl: string): Promise<void> {
  let handlerMs = 0
  const options: ClientOptions = {
    baseUrl: `${baseUrl}/api/salesnip-sandbox`,
    apiKey: 'sandbox_bench',
    log: () => {},
    observe: ({ serverTiming }) => {
      handlerMs = Number(/handler;dur=([\d.]+)/.exec(serverTiming ?? '')?.[1] ?? NaN)
    },
  }
  const create = async (index: number) => {
    const started = performance.now()
    const result = await createSession(options, body(index))
    if (result.kind !== 'created') throw new Error(`create ${index}: ${result.kind}`)
    return performance.now() - started
  }
  for (let i = 0; i < 10; i += 1) await create(i) // warm-up

  const sequential: number[] = []
  const overhead: number[] = []
  for (let i = 0; i < 200; i += 1) {
    sequential.push(await create(i))
    overhead.push(sequential[i]! - handlerMs)
  }
  console.log('sandbox: 200 sequential creates through the client (after 10 warm-up creates)')
  report('sandbox.create.p50_ms', percentile(sequential, 50), 'ms')
  report('sandbox.create.p95_ms', percentile(sequential, 95), 'ms')

  const concurrent = await Promise.all(Array.from({ length: 50 }, (_, i) => create(1_000 + i)))
  console.log('sandbox: 50 creates at once')
  report('sandbox.concurrent50.p95_ms', percentile(concurrent, 95), 'ms')

  console.log('client overhead: client time minus the sandbox handler time (its Server-Timing)')
  report('client.overhead.p50_ms', percentile(overhead, 50), 'ms')
}
