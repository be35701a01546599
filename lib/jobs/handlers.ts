import 'server-only'
import { z } from '@/lib/zod'
import type { JobName } from './definitions'

// What each job does: a call into its domain. Imported lazily, so that a domain can enqueue work
// (lib/activity enqueues emails) without importing every other domain through this file.

const eventEmailsData = z.object({ eventId: z.string().min(1) })
const mailSendData = z.object({ sealed: z.string().min(1) })
const webhookData = z.object({ deliveryId: z.string().min(1) })

export type JobData = {
  'outcomes-read-round': Record<string, never>
  'sessions-settle-abandoned': Record<string, never>
  'event-emails': z.infer<typeof eventEmailsData>
  'mail-send': z.infer<typeof mailSendData>
  'webhook-deliver': z.infer<typeof webhookData>
}

/** Runs one job; throws when it should be retried. */
export async function runJob(name: JobName, data: unknown): Promise<void> {
  switch (name) {
    case 'outcomes-read-round': {
      const { readRound } = await import('@/lib/outcomes/background-refresh')
      await readRound()
      return
    }
    case 'sessions-settle-abandoned': {
      const { settleAbandonedCreates } = await import('@/lib/sessions/settle-abandoned')
      await settleAbandonedCreates()
      return
    }
    case 'event-emails': {
      const { queueEventEmails } = await import('@/lib/activity/notify')
      await queueEventEmails(eventEmailsData.parse(data).eventId)
      return
    }
    case 'webhook-deliver': {
      const { deliverWebhook } = await import('@/lib/activity/webhook-delivery')
      await deliverWebhook(webhookData.parse(data).deliveryId)
      return
    }
    case 'mail-send': {
      const { deliverSealedMail } = await import('@/lib/mail/send')
      await deliverSealedMail(mailSendData.parse(data).sealed)
      return
    }
  }
}
