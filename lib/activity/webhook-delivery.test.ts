import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// A delivery against a real receiver on 127.0.0.1 and a real database: the Slack preset posts a
// message, a failure is logged with its status and answer, and an endpoint failing for 24 hours is
// disabled.

const databaseFile = vi.hoisted(() => {
  const file = `data/test-webhook-delivery-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
  return file
})

import { db } from '@/lib/db/client'
import { setUpCreateHarness } from '@/lib/testing/create-harness'
import { deliverWebhook } from './webhook-delivery'
import { createEndpoint, recordWebhookEvent } from './webhooks-data'

const h = setUpCreateHarness(databaseFile)
const bodies: string[] = []
let status = 200
const receiver = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    bodies.push(body)
    response.writeHead(status).end(status === 200 ? 'ok' : 'down for maintenance')
  })
})
let url = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
})
afterAll(() => void receiver.close())

async function oneDelivery(format: 'standard' | 'slack') {
  const endpoint = await createEndpoint(
    { url, description: '', events: ['session.accepted'], format },
    h.members.manager.id,
  )
  const id = `msg_${crypto.randomUUID()}`
  const payload = JSON.stringify({
    type: 'session.accepted',
    data: {
      sequence: 1,
      summary: 'Acme accepted Pro at $1,840.00 (−8 %)',
      session: { id: 's1', link: 'https://studio.example.com/l/abc' },
    },
  })
  const [deliveryId] = await recordWebhookEvent({
    endpoints: [endpoint.id],
    id,
    sessionId: crypto.randomUUID(),
    type: 'session.accepted',
    payload: () => payload,
  })
  return { endpointId: endpoint.id, deliveryId: deliveryId! }
}

describe('delivering a webhook', () => {
  it('posts the Slack preset as a message with the session’s link', async () => {
    status = 200
    const { deliveryId } = await oneDelivery('slack')
    await deliverWebhook(deliveryId)
    expect(JSON.parse(bodies.at(-1)!)).toEqual({
      text: 'Acme accepted Pro at $1,840.00 (−8 %) · <https://studio.example.com/l/abc|link>',
    })
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject(
      { status: 'delivered', attempts: 1 },
    )
  })

  it('logs a failure and disables an endpoint that has failed for 24 hours', async () => {
    status = 503
    const { endpointId, deliveryId } = await oneDelivery('standard')
    await expect(deliverWebhook(deliveryId)).rejects.toThrow('webhook answered 503')
    const [attempt] = await db.webhookAttempt.findMany({ where: { deliveryId } })
    expect(attempt).toMatchObject({
      attempt: 1,
      statusCode: 503,
      ok: false,
      excerpt: 'down for maintenance',
    })
    expect(
      (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).disabledAt,
    ).toBeNull()

    await db.webhookEndpoint.update({
      where: { id: endpointId },
      data: { failingSince: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    })
    await expect(deliverWebhook(deliveryId)).rejects.toThrow()
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })
    expect(endpoint.disabledAt).not.toBeNull()
    expect(endpoint.disabledReason).toBe('Failed every delivery for 24 hours.')
    // Disabled: nothing more is sent.
    const sent = bodies.length
    await deliverWebhook(deliveryId)
    expect(bodies.length).toBe(sent)
  })
})
