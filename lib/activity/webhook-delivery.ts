import 'server-only'
import { Webhook } from 'standardwebhooks'
import { env } from '@/lib/env'
import { JOBS } from '@/lib/jobs/definitions'
import { log } from '@/lib/log'
import { queueMail } from '@/lib/mail/send'
import { addressProblem } from './webhook-address'
import { deliveryToSend, recordAttempt } from './webhook-deliveries-data'
import { adminEmails, endpointSecret } from './webhooks-data'

// The job 'webhook-deliver': one POST of one event to one endpoint, signed per the Standard
// Webhooks specification (webhook-id, webhook-timestamp, webhook-signature), or as a Slack message.
// Any answer but 2xx throws, so the queue tries again with exponential backoff; the tries are the
// endpoint's delivery log. At least once: a receiver de-duplicates on webhook-id.

const TIMEOUT_MS = 10_000
const TRIES = JOBS['webhook-deliver'].retryLimit + 1

export async function deliverWebhook(deliveryId: string): Promise<void> {
  const delivery = await deliveryToSend(deliveryId)
  if (!delivery || delivery.endpoint.disabledAt) return
  const { endpoint, event } = delivery
  const final = delivery.attempts + 1 >= TRIES
  const started = Date.now()
  const finish = async (result: { statusCode: number | null; ok: boolean; excerpt: string }) => {
    const recorded = await recordAttempt({
      deliveryId,
      endpointId: endpoint.id,
      ...result,
      durationMs: Date.now() - started,
      final,
      wasFailing: endpoint.failingSince !== null,
    })
    if (recorded.endpointDisabled) await noticeDisabled(endpoint.url)
    return recorded
  }

  const problem = await addressProblem(endpoint.url, {
    production: env.isProduction,
    allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
  })
  if (problem) {
    await finish({ statusCode: null, ok: false, excerpt: problem })
    throw new Error(`webhook address refused: ${problem}`)
  }
  const secret = endpointSecret(endpoint)
  if (!secret) {
    await finish({ statusCode: null, ok: false, excerpt: 'The signing secret cannot be read.' })
    return // no retry helps: APP_SECRET changed
  }
  const body = endpoint.format === 'slack' ? slackMessage(event.payload) : event.payload
  const sentAt = new Date()
  let result: { statusCode: number | null; ok: boolean; excerpt: string }
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      redirect: 'manual', // a redirect could lead anywhere, the private network included
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'SessionStudio-Webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': new Webhook(secret.replace(/^whsec_/, '')).sign(
          event.id,
          sentAt,
          body,
        ),
      },
      body,
    })
    const text = await response.text().catch(() => '')
    result = { statusCode: response.status, ok: response.ok, excerpt: text.slice(0, 500) }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    result = {
      statusCode: null,
      ok: false,
      excerpt: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s.` : 'The connection failed.',
    }
  }
  await finish(result)
  if (!result.ok) throw new Error(`webhook answered ${result.statusCode ?? 'nothing'}`)
}

/** The same event as a Slack incoming-webhook message: its one sentence and the session's link. */
function slackMessage(payload: string): string {
  const event = JSON.parse(payload) as {
    data: { summary: string; session: { link: string | null; id: string } }
  }
  const link = event.data.session.link
  return JSON.stringify({
    text: link ? `${event.data.summary} · <${link}|link>` : event.data.summary,
  })
}

async function noticeDisabled(url: string) {
  log.warn({ url }, 'a webhook endpoint failed for 24 hours and was disabled')
  for (const to of await adminEmails()) {
    await queueMail({
      to,
      subject: 'A webhook endpoint was disabled',
      text: `Every delivery to ${url} failed for 24 hours, so Session Studio stopped sending to it.\n\nFix the receiver, then enable the endpoint again on Settings → Webhooks.`,
    })
  }
}
