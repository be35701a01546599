import 'server-only'
import { db } from '@/lib/db/client'
import type { Role } from '@/lib/auth/roles'
import { can, PERMISSIONS } from '@/lib/auth/permissions'
import { enqueue } from '@/lib/jobs/queue'
import { log } from '@/lib/log'
import { mailConfigured } from '@/lib/mail/send'
import { isEmailedEvent } from './emailed-events'
import { emitSessionEvent } from './webhook-events'
import { eventSentence, type EventKind } from './sentence'

// The activity feed as stored: events about sessions, and what each member has seen of them.

/** Moves a session from one status to another and records the event, once: a second caller loses. */
export async function transition(input: {
  sessionId: string
  from: readonly string[]
  to: string
  event: EventKind | null
  agreed?: { totalMinor: number; discountBp: number | null }
  /** More columns to write with the status (outcome, opens). */
  data?: Record<string, unknown>
  /** Whether this counts as activity (which postpones expiry); a read that changed nothing does not. */
  activity?: boolean
}): Promise<boolean> {
  return db
    .$transaction(async (tx) => {
      const now = new Date()
      const moved = await tx.salesnipSession.updateMany({
        where: { id: input.sessionId, status: { in: [...input.from] } },
        data: {
          ...input.data,
          // The dashboard's time to accept (its rollup reads this column).
          ...(input.event === 'accepted' ? { acceptedAt: now } : {}),
          status: input.to,
          ...(input.activity === false ? {} : { lastActivityAt: now }),
        },
      })
      if (moved.count === 0) return false
      if (!input.event) return true
      const subject = await tx.salesnipSession.findUniqueOrThrow({
        where: { id: input.sessionId },
        select: {
          buyerName: true,
          buyerCompany: true,
          productNames: true,
          currency: true,
          createdById: true,
        },
      })
      const event = await tx.activityEvent.create({
        data: {
          sessionId: input.sessionId,
          ownerId: subject.createdById,
          kind: input.event,
          text: eventSentence(
            input.event,
            { ...subject, productNames: JSON.parse(subject.productNames) as string[] },
            input.agreed,
          ),
          at: now,
        },
        select: { id: true, text: true },
      })
      return event
    })
    .then(async (event) => {
      if (typeof event === 'object' && input.event) {
        await queueEmails(event.id, input.event)
        await emitSessionEvent(input.sessionId, `session.${input.event}`, event.text)
      }
      return event !== false
    })
}

/** The event's emails, as a job queued once the change is stored (a failure is logged, not thrown:
 *  the change stands either way). */
async function queueEmails(eventId: string, kind: EventKind) {
  if (!mailConfigured() || !isEmailedEvent(kind)) return
  await enqueue('event-emails', { eventId }).catch((error: unknown) =>
    log.error({ err: error, eventId }, 'queueing the emails of an event failed'),
  )
}

/** Who is emailed about an event: the session's rep, and members following the team. */
export async function eventRecipients(eventId: string) {
  const event = await db.activityEvent.findUnique({
    where: { id: eventId },
    select: { kind: true, text: true, sessionId: true, ownerId: true },
  })
  if (!event) return null
  const members = await db.user.findMany({
    where: {
      banned: false,
      emailNotifications: true,
      OR: [
        { id: event.ownerId },
        { followTeam: true, role: { in: [...PERMISSIONS['activity.followTeam']] } },
      ],
    },
    select: { id: true, email: true },
  })
  return { event, members }
}

export async function setEmailNotifications(memberId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: memberId }, data: { emailNotifications: on } })
}

type Follower = { id: string; role: Role }

async function scopeOf(member: Follower) {
  const user = await db.user.findUnique({
    where: { id: member.id },
    select: { followTeam: true, activitySeenAt: true, emailNotifications: true },
  })
  const team = Boolean(user?.followTeam) && can(member.role, 'activity.followTeam')
  return {
    where: team ? {} : { ownerId: member.id },
    team,
    seenAt: user?.activitySeenAt ?? null,
    emailNotifications: user?.emailNotifications ?? true,
  }
}

/** An event as the browser gets it (the feed's API and the first render alike). */
export type FeedEvent = { id: string; sessionId: string; kind: string; text: string; at: string }
export type Feed = { unread: number; events: FeedEvent[] }

/** The newest events a member follows, and how many of them are unread (capped at 100). */
export async function readFeed(member: Follower, take = 30): Promise<Feed> {
  const scope = await scopeOf(member)
  const [events, unread] = await Promise.all([
    db.activityEvent.findMany({
      where: scope.where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take,
      select: { id: true, sessionId: true, kind: true, text: true, at: true },
    }),
    countUnread(scope.where, scope.seenAt),
  ])
  return { unread, events: events.map((event) => ({ ...event, at: event.at.toISOString() })) }
}

/** What a member chose for the feed: the team's sessions too, and email. */
export async function readFeedPreferences(member: Follower) {
  const { team, emailNotifications } = await scopeOf(member)
  return { followTeam: team, emailNotifications }
}

async function countUnread(where: object, seenAt: Date | null): Promise<number> {
  const rows = await db.activityEvent.findMany({
    where: { ...where, ...(seenAt ? { at: { gt: seenAt } } : {}) },
    select: { id: true },
    take: 100,
  })
  return rows.length
}

export async function markFeedSeen(memberId: string, upTo: Date): Promise<void> {
  await db.user.update({ where: { id: memberId }, data: { activitySeenAt: upTo } })
}

export async function setFollowTeam(memberId: string, followTeam: boolean): Promise<void> {
  await db.user.update({ where: { id: memberId }, data: { followTeam } })
}
