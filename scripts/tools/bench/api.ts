// The public API and the webhooks: what a create through POST /api/v1/sessions costs over the
// sandbox's own time, next to the server action's figure taken in the same loop (alternating), and
// how soon a session event reaches a verifying receiver when events come at 100 a second.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { createDatabaseClient } from '@/lib/db/create-client'
import { newTokenSecret } from '@/lib/api/token-secret'
import { serverActionRequest } from '@/scripts/tools/test/server-action-request'
import { callCreate, composeInput, sandboxTimer, type Caller } from './create'
import { percentile, report } from './measure'

export async function benchApiCreate(caller: Caller, databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl)
  try {
    const admin = await db.user.findFirstOrThrow({ where: { role: 'admin' } })
    const { secret, prefix, hash } = newTokenSecret()
    await db.apiToken.create({
      data: {
        name: 'Bench',
        prefix,
        secretHash: hash,
        scopes: 'templates:read sessions:read sessions:write',
        memberId: admin.id,
        createdById: admin.id,
      },
    })
    const sandboxTime = sandboxTimer(db, caller.baseUrl)
    const api: number[] = []
    const action: number[] = []
    for (let i = 0; i < 110; i += 1) {
      const form = await composeInput(db, `Bench API ${i}`)
      const { idempotencyKey, draftId, dismissedCrossSellIds, replacesSessionId, ...body } = form
      void [draftId, dismissedCrossSellIds, replacesSessionId]
      const key = `bench-${Date.now()}-${i}`
      let started = performance.now()
      const response = await fetch(`${caller.baseUrl}/api/v1/sessions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${secret}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify(body),
      })
      const answer = (await response.json()) as { session?: { id: string } }
      const apiMs = performance.now() - started
      if (response.status !== 201) throw new Error(`API create ${i}: ${JSON.stringify(answer)}`)
      const row = await db.salesnipSession.findUniqueOrThrow({
        where: { id: answer.session!.id },
        select: { idempotencyKey: true },
      })
      const apiOverhead = apiMs - (await sandboxTime(row.idempotencyKey)).handlerMs

      const viaAction = await composeInput(db, `Bench action ${i}`)
      started = performance.now()
      const text = await callCreate(caller, viaAction)
      const actionMs = performance.now() - started
      if (!text.includes('"kind":"created"')) throw new Error(`action create ${i}`)
      const actionOverhead = actionMs - (await sandboxTime(viaAction.idempotencyKey)).handlerMs
      void idempotencyKey
      if (i < 10) continue // warm-up
      api.push(apiOverhead)
      action.push(actionOverhead)
    }
    console.log(
      'API create: 100 creates through POST /api/v1/sessions, alternating with 100 through the server action; each minus the sandbox handler time for its body',
    )
    report('api.create.overhead.p50_ms', percentile(api, 50), 'ms')
    report('api.create.action_overhead.p50_ms', percentile(action, 50), 'ms')
    report('api.create.overhead.ratio_to_action', percentile(api, 50) / percentile(action, 50), 'x')
  } finally {
    await db.$disconnect()
  }
}

const EVENTS = 500
const PER_SECOND = Number(process.env.BENCH_RATE ?? 100)

/** Sessions opened through their short links at 100 a second; each open is a session.opened event. */
export async function benchWebhookDelivery(caller: Caller, databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl)
  const sent = new Map<string, number>()
  const received = new Map<string, number>()
  const receivedAt = new Map<string, number>() // wall clock, to compare with the event's stored time
  let secret = ''
  let bad = 0
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      try {
        new Webhook(secret.replace(/^whsec_/, '')).verify(
          body,
          request.headers as Record<string, string>,
        )
        const event = JSON.parse(body) as { data: { session: { id: string } } }
        if (!received.has(event.data.session.id)) {
          received.set(event.data.session.id, performance.now())
          receivedAt.set(event.data.session.id, Date.now())
        }
        response.writeHead(204).end()
      } catch {
        bad += 1
        response.writeHead(401).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const receiver = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  try {
    const request = serverActionRequest({
      file: 'lib/activity/actions/webhooks.ts',
      name: 'createWebhookEndpointAction',
      origin: caller.baseUrl,
      input: {
        url: receiver,
        description: 'Bench',
        events: ['session.opened'],
        format: 'standard',
      },
    })
    const made = await fetch(`${caller.baseUrl}/settings`, {
      method: 'POST',
      headers: { ...request.headers, cookie: caller.cookie },
      body: request.body,
    })
    secret = /whsec_[A-Za-z0-9+/=]+/.exec(await made.text())?.[0] ?? ''
    if (!secret) throw new Error('the webhook endpoint was not created')

    const links: { id: string; shortUrl: string }[] = []
    for (let i = 0; i < EVENTS; i += 1) {
      const input = await composeInput(db, `Bench hook ${i}`)
      if (!(await callCreate(caller, input)).includes('"kind":"created"'))
        throw new Error(`create ${i}`)
      const row = await db.salesnipSession.findUniqueOrThrow({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, shortUrl: true },
      })
      if (!row.shortUrl) throw new Error('no short link')
      links.push({ id: row.id, shortUrl: row.shortUrl })
    }
    const start = performance.now()
    await Promise.all(
      links.map(async (link, i) => {
        const due = start + (i * 1000) / PER_SECOND
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
        sent.set(link.id, performance.now())
        const response = await fetch(link.shortUrl, { redirect: 'manual' })
        await response.arrayBuffer()
      }),
    )
    const deadline = performance.now() + 60_000
    while (received.size < links.length && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    const fromClick = links.flatMap((link) => {
      const at = received.get(link.id)
      return at === undefined ? [] : [at - sent.get(link.id)!]
    })
    const events = await db.webhookEvent.findMany({
      where: { sessionId: { in: links.map((link) => link.id) }, type: 'session.opened' },
      select: { sessionId: true, createdAt: true },
    })
    const fromEvent = events.flatMap((event) => {
      const at = receivedAt.get(event.sessionId)
      return at === undefined ? [] : [at - event.createdAt.getTime()]
    })
    console.log(
      `webhooks: ${EVENTS} short-link opens at ${PER_SECOND} a second (each a session.opened event) to a receipt whose signature verified (${fromClick.length} received, ${bad} bad signatures)`,
    )
    report('webhooks.delivery.p50_ms', percentile(fromEvent, 50), 'ms')
    report('webhooks.delivery.p95_ms', percentile(fromEvent, 95), 'ms')
    report('webhooks.click_to_receipt.p95_ms', percentile(fromClick, 95), 'ms')
    report('webhooks.delivery.lost', links.length - fromClick.length, 'events')
    // The rate the events were actually stored at: the opens are asked for at PER_SECOND, and the
    // app records them as fast as it can.
    const times = events.map((event) => event.createdAt.getTime()).sort((a, b) => a - b)
    const spanS = (times.at(-1)! - times[0]!) / 1000
    report(
      'webhooks.events_stored_per_second',
      spanS > 0 ? events.length / spanS : events.length,
      'events/s',
    )
  } finally {
    server.close()
    await db.$disconnect()
  }
}
