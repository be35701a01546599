import 'server-only'
import { db } from '@/lib/db/client'
import { CREATED_STATUSES } from '@/lib/sessions/status'

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
      outcomeReadAt: true,
    },
  })
}

/** Stores a negotiation's outcome as SaleSnip reported it, and which templates were accepted. */
export async function storeOutcome(input: {
  sessionId: string
  status: 'active' | 'complete'
  outcome: string
  agreedTotalMinor: number
  discountBp: number | null
  acceptedTemplateIds: string[]
}): Promise<void> {
  await db.$transaction([
    db.salesnipSession.updateMany({
      // Only a created session moves between active and complete.
      where: { id: input.sessionId, status: { in: [...CREATED_STATUSES] } },
      data: {
        status: input.status,
        outcomeStatus: input.status.toUpperCase(),
        outcome: input.outcome,
        outcomeReadAt: new Date(),
        agreedTotalMinor: BigInt(input.agreedTotalMinor),
        discountBp: input.discountBp,
      },
    }),
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
  const where = { status: { in: ['created', 'active'] } }
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
