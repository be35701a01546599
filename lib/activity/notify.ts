import 'server-only'
import { env } from '@/lib/env'
import { sendMail, mailConfigured } from '@/lib/mail/send'
import { eventEmail } from '@/lib/mail/messages'
import { eventRecipients } from './data'

// Email for the events a rep acts on: an accept, a cancel, a link that expired. Opens are only in
// the feed (a buyer may open a link ten times).
const EMAILED = new Set(['accepted', 'cancelled', 'expired'])

export async function emailEvent(eventId: string): Promise<number> {
  if (!mailConfigured()) return 0
  const found = await eventRecipients(eventId)
  if (!found || !EMAILED.has(found.event.kind)) return 0
  const { event, members } = found
  const link = env.APP_URL ? `${env.APP_URL}/history/${event.sessionId}` : null
  let sent = 0
  for (const member of members) {
    const reason =
      member.id === event.ownerId
        ? 'You get this because you created the session.'
        : "You get this because you follow the team's sessions."
    if (await sendMail({ to: member.email, ...eventEmail({ text: event.text, link, reason }) }))
      sent += 1
  }
  return sent
}
