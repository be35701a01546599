import 'server-only'
import { db } from '@/lib/db/client'

// Webhook deliveries and their tries as stored: what a delivery job sends, what each try got, and
// an endpoint's delivery log.

const EXCERPT = 500

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
