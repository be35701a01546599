import 'server-only'
import { randomUUID } from 'node:crypto'
import { apiSessionDetail } from '@/lib/api/present'
import { getSessionSnapshot } from '@/lib/history/session-data'
import { enqueue } from '@/lib/jobs/queue'
import { log } from '@/lib/log'
import type { WebhookEventType } from './webhook-kinds'
import { endpointsWanting, recordWebhookEvent } from './webhooks-data'

// A session event for the webhooks: stored once with the session as the API shows it, numbered
// within its session, then one delivery job per endpoint that wants it. Never throws: the change
// that caused it stands whatever happens here (a failure is logged).

export async function emitSessionEvent(sessionId: string, type: WebhookEventType, summary: string) {
  try {
    const endpoints = await endpointsWanting(type)
    if (endpoints.length === 0) return
    const detail = await getSessionSnapshot(sessionId)
    if (!detail) return
    const id = `msg_${randomUUID().replace(/-/g, '')}`
    const timestamp = new Date().toISOString()
    const deliveries = await recordWebhookEvent({
      endpoints,
      id,
      sessionId,
      type,
      payload: (sequence) =>
        JSON.stringify({
          type,
          timestamp,
          data: { sequence, summary, session: apiSessionDetail(detail) },
        }),
    })
    for (const deliveryId of deliveries) await enqueue('webhook-deliver', { deliveryId })
  } catch (error) {
    log.error({ err: error, sessionId, type }, 'recording a webhook event failed')
  }
}
