// The composer: the pure payload builder at 50 products, the create action's own time, and
// duplicates under concurrent creates (which must be 0).
import { createDatabaseClient, type Database } from '@/lib/db/create-client'
import { createSession } from '@/lib/salesnip/client'
import { createSessionRequestSchema } from '@/lib/salesnip/schemas'
import { lineFrom } from '@/lib/compose/lines'
import type { ComposeForm } from '@/lib/compose/schema'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import { evaluateComposition } from '@/lib/compose/evaluate'
import { oneLineComposition } from '@/lib/testing/compose-form'
import type { TemplateValues } from '@/lib/templates/record'
import { serverActionRequest } from '@/scripts/tools/test/server-action-request'
import { percentile, report } from './measure'

const values = (i: number, upsellId: string | null): TemplateValues => ({
  productId: `product-${i}`,
  name: `Product ${i}`,
  description: 'A product of the benchmark, with a description of ordinary length.',
  image: 'https://example.com/product.png',
  tags: ['bench'],
  prices: [{ currency: 'USD', openingMinor: 10_000 + i, floorMinor: 8_000 + i }],
  quantity: { initial: 1, minimum: 1, maximum: 100 },
  recurring: { unit: 'MONTH', count: 12 },
  trial: { unit: 'DAY', count: 14 },
  metadata: { sku: `sku-${i}`, tier: 'pro' },
  upsellId,
  crossSellIds: [],
})

/** build + validate: 50 products, each with its upsell, and 10 cross-sells. */
export function benchPayloadBuild(): void {
  const templates: TemplateLookup = {}
  for (let i = 0; i < 60; i += 1) {
    const upsell = { id: `u${i}`, version: 1, values: values(1_000 + i, null) }
    const template: ComposeTemplate = {
      id: `t${i}`,
      version: 1,
      archived: false,
      values: values(i, upsell.id),
      upsell: i < 50 ? upsell : null,
    }
    templates[template.id] = template
  }
  const form: ComposeForm = {
    idempotencyKey: crypto.randomUUID(),
    draftId: '',
    projectId: 'project_bench',
    currency: 'USD',
    callbacks: { success: 'https://example.com/ok/{SESSION_ID}', cancel: '' },
    buyer: { name: 'Ada Buyer', email: 'ada@example.com', company: 'Acme', dealReference: 'CRM-1' },
    metadata: [{ key: 'source', value: 'bench' }],
    lines: Array.from({ length: 50 }, (_, i) => lineFrom(templates[`t${i}`]!, 'USD')),
    crossSells: Array.from({ length: 10 }, (_, i) => ({
      templateId: `t${50 + i}`,
      opening: '120.00',
      floor: '90.00',
    })),
    dismissedCrossSellIds: [],
    replacesSessionId: '',
  }
  const check = evaluateComposition(form, templates, 'rep')
  if (check.issues.length || !createSessionRequestSchema.safeParse(check.body).success)
    throw new Error(`the benchmark composition is invalid: ${JSON.stringify(check.issues)}`)
  for (let i = 0; i < 50; i += 1) evaluateComposition(form, templates, 'rep') // warm-up
  const samples: number[] = []
  for (let i = 0; i < 500; i += 1) {
    const started = performance.now()
    evaluateComposition(form, templates, 'rep')
    samples.push(performance.now() - started)
  }
  console.log(
    `payload: build + validate ${check.bytes.length.toLocaleString('en')} bytes (50 products with upsells, 10 cross-sells), median of 500`,
  )
  report('payload.build_50.ms', percentile(samples, 50), 'ms')
}

export type Caller = { baseUrl: string; cookie: string }

export async function callCreate({ baseUrl, cookie }: Caller, input: unknown): Promise<string> {
  const request = serverActionRequest({
    file: 'lib/sessions/actions/create-session.ts',
    name: 'createSessionAction',
    origin: baseUrl,
    input,
  })
  const response = await fetch(`${baseUrl}/compose`, {
    method: 'POST',
    headers: { ...request.headers, cookie },
    body: request.body,
  })
  return response.text()
}

export async function composeInput(db: Database, buyer: string) {
  const template = await db.template.findUniqueOrThrow({ where: { productId: 'pro-annual' } })
  return oneLineComposition(
    { templateId: template.id, opening: '990', floor: '790' },
    {
      projectId: 'project_bench',
      buyer: { name: buyer, email: '', company: 'Bench Ltd', dealReference: '' },
    },
  )
}

/**
 * The sandbox's own time for the body a create stored under a key, sent again straight to the
 * sandbox: its handler's time (its Server-Timing) and the whole round trip as this client sees it
 * (the sandbox's HTTP serving and a client's call included, as they are in any call to SaleSnip).
 */
export function sandboxTimer(db: Database, baseUrl: string) {
  let handlerMs = NaN
  const sandbox = {
    baseUrl: `${baseUrl}/api/salesnip-sandbox`,
    apiKey: 'sandbox_bench',
    log: () => {},
    observe: ({ serverTiming }: { serverTiming: string | null }) => {
      handlerMs = Number(/handler;dur=([\d.]+)/.exec(serverTiming ?? '')?.[1] ?? NaN)
    },
  }
  return async (idempotencyKey: string): Promise<{ handlerMs: number; roundTripMs: number }> => {
    const { payload: stored } = await db.salesnipSession.findUniqueOrThrow({
      where: { idempotencyKey },
      select: { payload: { select: { requestBody: true } } },
    })
    const body = createSessionRequestSchema.parse(JSON.parse(stored!.requestBody))
    const started = performance.now()
    await createSession(sandbox, body)
    return { handlerMs, roundTripMs: performance.now() - started }
  }
}

export async function benchCreate(caller: Caller, databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl)
  try {
    // The action's round trip (session check, parse, templates, guardrails, the attempt's rows,
    // the sandbox call) beside the same body sent straight to the sandbox by this client: what the
    // console adds to a call to SaleSnip. Also minus the sandbox handler's time alone (the figure of
    // earlier runs, which counted the sandbox's own HTTP serving as the console's).
    const sandboxTime = sandboxTimer(db, caller.baseUrl)
    const overhead: number[] = []
    const overHandler: number[] = []
    const total: number[] = []
    for (let i = 0; i < 110; i += 1) {
      const input = await composeInput(db, `Bench overhead ${i}`)
      const started = performance.now()
      const answer = await callCreate(caller, input)
      const ms = performance.now() - started
      if (!answer.includes('"kind":"created"'))
        throw new Error(`create ${i}: ${answer.slice(-300)}`)
      const direct = await sandboxTime(input.idempotencyKey)
      if (i < 10) continue // warm-up
      total.push(ms)
      overhead.push(ms - direct.roundTripMs)
      overHandler.push(ms - direct.handlerMs)
    }
    console.log(
      'create action: 100 sequential creates through the server action (after 10 warm-up), each beside the same body sent straight to the sandbox',
    )
    report('create.action.p50_ms', percentile(total, 50), 'ms')
    report('create.overhead.p50_ms', percentile(overhead, 50), 'ms')
    report('create.overhead_over_handler.p50_ms', percentile(overHandler, 50), 'ms')

    const sameKey = await composeInput(db, `Bench same key ${Date.now()}`)
    await Promise.all(Array.from({ length: 50 }, () => callCreate(caller, sameKey)))
    console.log('concurrency: 50 creates at once with one key, then 50 with 50 keys')
    report(
      'create.concurrent_same_key.duplicates',
      await duplicates(db, [sameKey.buyer.name]),
      'sessions',
    )

    const prefix = `Bench distinct ${Date.now()}`
    const inputs = await Promise.all(
      Array.from({ length: 50 }, (_, i) => composeInput(db, `${prefix} #${i}`)),
    )
    await Promise.all(inputs.map((input) => callCreate(caller, input)))
    report(
      'create.concurrent_distinct.duplicates',
      await duplicates(
        db,
        inputs.map((input) => input.buyer.name),
      ),
      'sessions',
    )
  } finally {
    await db.$disconnect()
  }
}

/** Sessions the sandbox created beyond one per buyer (each buyer here is one idempotency key). */
async function duplicates(db: Database, buyers: string[]): Promise<number> {
  const received = await db.sandboxSession.findMany({ select: { requestBody: true } })
  let extra = 0
  for (const buyer of buyers) {
    const needle = `"buyer_name":${JSON.stringify(buyer)}`
    const count = received.filter((row) => row.requestBody.includes(needle)).length
    if (count === 0) throw new Error(`no session was created for ${buyer}`)
    extra += count - 1
  }
  return extra
}
