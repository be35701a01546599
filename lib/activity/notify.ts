import 'server-only'
import { env } from '@/lib/env'
import { mailConfigured, queueMail } from '@/lib/mail/send'
import { eventEmail } from '@/lib/mail/messages'
import { eventRecipients } from './data'
import { isEmailedEvent } from './emailed-events'

/** The job 'event-emails': one queued message per member who gets this event; returns how many. */
export async function queueEventEmails(eventId: string): Promise<number> {
  if (!mailConfigured()) return 0
  const found = await eventRecipients(eventId)
  if (!found || !isEmailedEvent(found.event.kind)) return 0
  const { event, members } = found
  const link = env.APP_URL ? `${env.APP_URL}/history/${event.sessionId}` : null
  for (const member of members) {
    const reason =
      member.id === event.ownerId
        ? 'You get this because you created the session.'
        : "You get this because you follow the team's sessions."
    await queueMail({ to: member.email, ...eventEmail({ text: event.text, link, reason }) })
  }
  return members.length
}
