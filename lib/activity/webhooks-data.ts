import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/lib/db/client'
import { open, seal } from '@/lib/crypto/secret-box'
import { env } from '@/lib/env'
import type { WebhookEventType } from './webhook-kinds'
import type { WebhookEndpointInput } from './webhook-schema'

// Webhook endpoints and the events for them as stored (deliveries and their tries:
// webhook-deliveries-data.ts).

const SEALED = { purpose: 'webhook-signing-secret' }

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

/** Admins, for the notice that an endpoint was disabled. */
export async function adminEmails(): Promise<string[]> {
  const admins = await db.user.findMany({
    where: { role: 'admin', banned: false },
    select: { email: true },
  })
  return admins.map((admin) => admin.email)
}
