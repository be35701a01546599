import 'server-only'
import { db } from '@/lib/db/client'
import { transition } from '@/lib/activity/data'
import { LIVE_STATUSES, STATUS_WORDS } from '@/lib/sessions/status'

// What the console learns itself, without SaleSnip: the buyer opening the short link, and the
// buyer coming back through the relayed callbacks.

/** The session a relayed callback names (SaleSnip's id), when its callbacks were the relay. */
export async function findRelayedSession(salesnipId: string) {
  return db.salesnipSession.findFirst({
    where: { salesnipId, relayed: true },
    select: { id: true, status: true, salesnipId: true, successUrl: true, cancelUrl: true },
  })
}

/** The session a short link's code names. */
export async function findByLinkCode(code: string) {
  return db.salesnipSession.findUnique({
    where: { linkCode: code },
    select: { id: true, url: true },
  })
}

/** The buyer said no: recorded at once (SaleSnip's read-back has no such state). */
export async function recordCancel(sessionId: string): Promise<boolean> {
  return transition({
    sessionId,
    from: LIVE_STATUSES.filter((status) => status !== 'cancelled'),
    to: 'cancelled',
    event: 'cancelled',
    // Still read now and then: a buyer may come back and accept.
    data: { nextReadAt: new Date() },
  })
}

/**
 * The buyer says they accepted: not trusted until SaleSnip confirms it, so the session is put at
 * the front of the read-back queue (never read) and read at once by the caller.
 */
export async function markAcceptClaimed(sessionId: string): Promise<void> {
  await db.salesnipSession.updateMany({
    where: { id: sessionId, status: { in: [...LIVE_STATUSES] } },
    data: { outcomeReadAt: null, lastActivityAt: new Date(), nextReadAt: new Date() },
  })
}

export type DeviceClass = 'phone' | 'tablet' | 'desktop' | 'bot'

/**
 * One open of the short link: counted, its first time kept, and the first open of a session that
 * was only sent makes it "opened" (with an event for the feed). Link previews (bots) are kept apart
 * and change nothing.
 */
export async function recordOpen(sessionId: string, device: DeviceClass): Promise<void> {
  const now = new Date()
  const open = db.sessionOpen.create({ data: { sessionId, device, openedAt: now } })
  if (device === 'bot') {
    await open
    return
  }
  await db.$transaction([
    open,
    db.salesnipSession.updateMany({
      where: { id: sessionId },
      data: { openCount: { increment: 1 }, lastActivityAt: now },
    }),
    db.salesnipSession.updateMany({
      where: { id: sessionId, firstOpenedAt: null },
      data: { firstOpenedAt: now },
    }),
    // Activity: a live session is read often again (an open is often followed by an answer).
    db.salesnipSession.updateMany({
      where: { id: sessionId, status: { in: [...LIVE_STATUSES] } },
      data: { nextReadAt: now },
    }),
  ])
  // Only a session that is still just "sent" moves; the database decides, so a concurrent
  // accept or a second open changes nothing here.
  await transition({
    sessionId,
    from: STATUS_WORDS.sent.stored,
    to: 'opened',
    event: 'opened',
  })
}
