import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/lib/db/client'
import { open, seal } from '@/lib/crypto/secret-box'
import { env } from '@/lib/env'
import type { WebhookEndpointInput, WebhookEventType } from './webhook-schema'

// Webhook endpoints, events, deliveries and their attempts as stored (the only module of the
// webhooks that touches the database).

const SEALED = { purpose: 'webhook-signing-secret' }
const EXCERPT = 500

export type EndpointRow = Awaited<ReturnType<typeof listEndpoints>>[number]

/** Registers an endpoint; its signing secret (whsec_…) is returned here, for the admin to copy. */
export async function createEndpoint(input: WebhookEndpointInput, createdById: string) {
  const secret = `whsec_${randomBytes(24).toString('base64')}`
  const endpoint = await db.webhookEndpoint.create({
    data: {
      url: input.url,
      description: input.description,
      events: input.events.join(' '),
      format: input.format,
      secretSealed: seal(secret, { appSecret: env.APP_SECRET, ...SEALED }),
      createdById,
    },
    select: { id: true },
  })
  return { id: endpoint.id, secret }
}

export async function listEndpoints() {
  const endpoints = await db.webhookEndpoint.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      format: true,
      createdAt: true,
      failingSince: true,
      disabledAt: true,
      disabledReason: true,
    },
  })
  return endpoints.map((endpoint) => ({ ...endpoint, events: endpoint.events.split(' ') }))
}

export async function getEndpoint(id: string) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id } })
  if (!endpoint) return null
  return { ...endpoint, events: endpoint.events.split(' ') }
}

export function endpointSecret(endpoint: { secretSealed: string }): string | null {
  return open(endpoint.secretSealed, { appSecret: env.APP_SECRET, ...SEALED })
}

export async function deleteEndpoint(id: string): Promise<boolean> {
  return (await db.webhookEndpoint.deleteMany({ where: { id } })).count === 1
}

export async function setEndpointEnabled(id: string, enabled: boolean): Promise<boolean> {
  const changed = await db.webhookEndpoint.updateMany({
    where: { id },
    data: enabled
      ? { disabledAt: null, disabledReason: null, failingSince: null }
      : { disabledAt: new Date(), disabledReason: 'Disabled by an admin.' },
  })
  return changed.count === 1
}

/** The enabled endpoints that want events of this type. */
export async function endpointsWanting(type: WebhookEventType): Promise<string[]> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { disabledAt: null, events: { contains: type } },
    select: { id: true },
  })
  return endpoints.map((endpoint) => endpoint.id)
}

/**
 * Records an event about a session and one delivery per enabled endpoint that wants it; returns
 * the deliveries to send. The session's events are numbered from 1 (a clash with a concurrent
 * event is retried with the next number).
 */
export async function recordWebhookEvent(input: {
  endpoints: string[]
  id: string
  sessionId: string
  type: WebhookEventType
  payload: (sequence: number) => string
}): Promise<string[]> {
  const endpoints = input.endpoints
  for (let tries = 0; ; tries++) {
    try {
      return await db.$transaction(async (tx) => {
        const last = await tx.webhookEvent.findFirst({
          where: { sessionId: input.sessionId },
          orderBy: { sequence: 'desc' },
          select: { sequence: true },
        })
        const sequence = (last?.sequence ?? 0) + 1
        await tx.webhookEvent.create({
          data: {
            id: input.id,
            sessionId: input.sessionId,
            type: input.type,
            sequence,
            payload: input.payload(sequence),
          },
        })
        const ids: string[] = []
        for (const endpoint of endpoints) {
          const delivery = await tx.webhookDelivery.create({
            data: { endpointId: endpoint, eventId: input.id },
            select: { id: true },
          })
          ids.push(delivery.id)
        }
        return ids
      })
    } catch (error) {
      if (tries >= 3) throw error
    }
  }
}

/** A delivery with what sending it needs, or null when it is gone or already delivered. */
export async function deliveryToSend(deliveryId: string) {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: true, event: true },
  })
  if (!delivery || delivery.status === 'delivered') return null
  return delivery
}

/** Writes one try's result; on a failure, when the endpoint has failed for 24 hours, disables it. */
export async function recordAttempt(input: {
  deliveryId: string
  endpointId: string
  statusCode: number | null
  ok: boolean
  durationMs: number
  excerpt: string
  final: boolean
  /** Whether the endpoint was failing before this try (a success then clears it). */
  wasFailing: boolean
}): Promise<{ attempt: number; endpointDisabled: boolean }> {
  const now = new Date()
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.update({
      where: { id: input.deliveryId },
      data: {
        attempts: { increment: 1 },
        ...(input.ok
          ? { status: 'delivered', deliveredAt: now }
          : input.final
            ? { status: 'failed' }
            : {}),
      },
      select: { attempts: true },
    })
    await tx.webhookAttempt.create({
      data: {
        deliveryId: input.deliveryId,
        attempt: delivery.attempts,
        statusCode: input.statusCode,
        ok: input.ok,
        durationMs: input.durationMs,
        excerpt: input.excerpt.slice(0, EXCERPT),
        at: now,
      },
    })
    if (input.ok) {
      if (!input.wasFailing) return { attempt: delivery.attempts, endpointDisabled: false }
      await tx.webhookEndpoint.update({
        where: { id: input.endpointId },
        data: { failingSince: null },
      })
      return { attempt: delivery.attempts, endpointDisabled: false }
    }
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: input.endpointId },
      select: { failingSince: true, disabledAt: true },
    })
    const since = endpoint.failingSince ?? now
    const disable = !endpoint.disabledAt && now.getTime() - since.getTime() >= 24 * 60 * 60 * 1000
    await tx.webhookEndpoint.update({
      where: { id: input.endpointId },
      data: {
        failingSince: since,
        ...(disable
          ? { disabledAt: now, disabledReason: 'Failed every delivery for 24 hours.' }
          : {}),
      },
    })
    return { attempt: delivery.attempts, endpointDisabled: disable }
  })
}

/** An endpoint's newest deliveries with their tries: its delivery log. */
export async function listDeliveries(endpointId: string, take = 50) {
  return db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      status: true,
      attempts: true,
      createdAt: true,
      deliveredAt: true,
      event: { select: { id: true, type: true, sessionId: true, sequence: true } },
      attemptsLog: {
        orderBy: { at: 'desc' },
        select: {
          attempt: true,
          at: true,
          statusCode: true,
          ok: true,
          excerpt: true,
          durationMs: true,
        },
      },
    },
  })
}

/** A new delivery of an event already sent (the admin's "resend"), or null when there is none. */
export async function resendDelivery(deliveryId: string): Promise<string | null> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { endpointId: true, eventId: true },
  })
  if (!delivery) return null
  const again = await db.webhookDelivery.create({
    data: { endpointId: delivery.endpointId, eventId: delivery.eventId },
    select: { id: true },
  })
  return again.id
}

/** Admins, for the notice that an endpoint was disabled. */
export async function adminEmails(): Promise<string[]> {
  const admins = await db.user.findMany({
    where: { role: 'admin', banned: false },
    select: { email: true },
  })
  return admins.map((admin) => admin.email)
}
