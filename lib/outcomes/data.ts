import 'server-only'
import { db } from '@/lib/db/client'
import { transition } from '@/lib/activity/data'
import { LIVE_STATUSES, statusAfterRead } from '@/lib/sessions/status'

// Negotiated outcomes as stored: what a refresh reads, what it writes, and which sessions are due.

/** What refreshing a session's outcome needs to know about it. */
export async function readForRefresh(sessionId: string) {
  return db.salesnipSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      salesnipId: true,
      currency: true,
      requestBody: true,
      templateVersions: true,
      outcome: true,
      outcomeReadAt: true,
    },
  })
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
}): Promise<void> {
  const next = statusAfterRead(input.current, input.reported)
  const accepted = next === 'complete' && input.current !== 'complete'
  const stored = await transition({
    sessionId: input.sessionId,
    from: [input.current],
    to: next,
    event: accepted ? 'accepted' : null,
    agreed: { totalMinor: input.agreedTotalMinor, discountBp: input.discountBp },
    activity: next !== input.current || input.changed,
    data: {
      outcomeStatus: input.reported.toUpperCase(),
      outcome: input.outcome,
      outcomeReadAt: new Date(),
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

/** Created sessions whose outcome is oldest (never read first), for the background refresh. */
export async function staleOutcomes(olderThan: Date, take: number): Promise<string[]> {
  const where = { status: { in: [...LIVE_STATUSES] } }
  const never = await db.salesnipSession.findMany({
    where: { ...where, outcomeReadAt: null },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true },
  })
  const old =
    never.length < take
      ? await db.salesnipSession.findMany({
          where: { ...where, outcomeReadAt: { lt: olderThan } },
          orderBy: { outcomeReadAt: 'asc' },
          take: take - never.length,
          select: { id: true },
        })
      : []
  return [...never, ...old].map((row) => row.id)
}
