import 'server-only'
import { db } from '@/lib/db/client'
import { transition } from '@/lib/activity/data'
import { env } from '@/lib/env'
import { statusAfterRead } from '@/lib/sessions/status'
import { nextReadAt } from './schedule'

// Negotiated outcomes as stored: what a refresh reads, what it writes, and which sessions are due.

/** What refreshing a session's outcome needs to know about it. */
export async function readForRefresh(sessionId: string) {
  const row = await db.salesnipSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      salesnipId: true,
      currency: true,
      payload: { select: { requestBody: true, templateVersions: true } },
      outcome: true,
      outcomeReadAt: true,
      lastActivityAt: true,
      createdAt: true,
    },
  })
  if (!row) return null
  const { payload, ...session } = row
  return {
    ...session,
    requestBody: payload?.requestBody ?? '{}',
    templateVersions: payload?.templateVersions ?? '[]',
  }
}

/**
 * Stores a negotiation's outcome as SaleSnip reported it, and which templates were accepted. The
 * status moves only from the one the refresh read (a concurrent open or cancel wins; the next read
 * stores the outcome); becoming accepted records the event for the feed.
 */
export async function storeOutcome(input: {
  sessionId: string
  current: string
  reported: 'active' | 'complete'
  outcome: string
  /** Whether the negotiated figures differ from the ones stored (the buyer is negotiating). */
  changed: boolean
  agreedTotalMinor: number
  discountBp: number | null
  acceptedTemplateIds: string[]
  /** The session's last activity before this read (its creation when nothing happened since). */
  lastActivityAt: Date
}): Promise<void> {
  const next = statusAfterRead(input.current, input.reported)
  const accepted = next === 'complete' && input.current !== 'complete'
  const now = new Date()
  const activity = next !== input.current || input.changed
  const stored = await transition({
    sessionId: input.sessionId,
    from: [input.current],
    to: next,
    event: accepted ? 'accepted' : null,
    agreed: { totalMinor: input.agreedTotalMinor, discountBp: input.discountBp },
    activity,
    data: {
      nextReadAt: nextReadAt({
        now,
        status: next,
        lastActivityAt: activity ? now : input.lastActivityAt,
        expiryDays: env.SESSION_EXPIRY_DAYS,
      }),
      outcomeStatus: input.reported.toUpperCase(),
      outcome: input.outcome,
      outcomeReadAt: now,
      agreedTotalMinor: BigInt(input.agreedTotalMinor),
      discountBp: input.discountBp,
    },
  })
  if (!stored) return
  await db.$transaction([
    db.salesnipSessionTemplate.updateMany({
      where: { sessionId: input.sessionId },
      data: { accepted: false },
    }),
    db.salesnipSessionTemplate.updateMany({
      where: { sessionId: input.sessionId, templateId: { in: input.acceptedTemplateIds } },
      data: { accepted: true },
    }),
  ])
}

/**
 * Live sessions the schedule says are due: those active in the last `freshMs` first (a buyer may be
 * in the chat right now), then the rest, most overdue first.
 */
export async function dueForReading(now: Date, take: number, freshMs: number) {
  const select = { id: true, status: true, lastActivityAt: true, createdAt: true } as const
  const fresh = await db.salesnipSession.findMany({
    where: {
      nextReadAt: { lte: now },
      lastActivityAt: { gte: new Date(now.getTime() - freshMs) },
    },
    orderBy: { nextReadAt: 'asc' },
    take,
    select,
  })
  if (fresh.length >= take) return fresh
  const rest = await db.salesnipSession.findMany({
    where: { nextReadAt: { lte: now }, id: { notIn: fresh.map((row) => row.id) } },
    orderBy: { nextReadAt: 'asc' },
    take: take - fresh.length,
    select,
  })
  return [...fresh, ...rest]
}

/** A read that failed: tried again later, so one broken session never blocks the rest. */
export async function postponeRead(sessionId: string, until: Date): Promise<void> {
  await db.salesnipSession.updateMany({
    where: { id: sessionId, nextReadAt: { not: null } },
    data: { nextReadAt: until },
  })
}

/** No activity for too long: expired, never read again, and the rep is told. */
export async function expireSession(sessionId: string, from: string): Promise<boolean> {
  return transition({
    sessionId,
    from: [from],
    to: 'expired',
    event: 'expired',
    activity: false,
    data: { nextReadAt: null },
  })
}

/** For admins: how far behind the schedule is. */
export async function readBacklog(now: Date) {
  const [due, oldest] = await Promise.all([
    db.salesnipSession.count({ where: { nextReadAt: { lte: now } } }),
    db.salesnipSession.findFirst({
      where: { nextReadAt: { lte: now } },
      orderBy: { nextReadAt: 'asc' },
      select: { nextReadAt: true },
    }),
  ])
  return {
    due,
    /** How late the most overdue read is, in seconds. */
    lateSeconds: oldest?.nextReadAt
      ? Math.round((now.getTime() - oldest.nextReadAt.getTime()) / 1000)
      : 0,
  }
}
