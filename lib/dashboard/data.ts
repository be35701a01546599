import 'server-only'
import { db } from '@/lib/db/client'
import { ANSWERED_STATUSES, CREATED_STATUSES } from '@/lib/sessions/status'

// The team dashboard's figures for a date range, each from an aggregate query (no rows loaded).

type DashboardRange = { from: Date; until: Date }

export type Dashboard = {
  perRep: {
    repId: string
    name: string
    created: number
    opened: number
    complete: number
    cancelled: number
    expired: number
    failed: number
  }[]
  created: number
  /** Sessions whose short link the buyer opened at least once (or that were answered). */
  opened: number
  complete: number
  cancelled: number
  /** Median time from sending to the buyer's accept, in seconds; null when none was accepted. */
  medianAcceptSeconds: number | null
  /** complete / created, 0–1; null when nothing was created. */
  completionRate: number | null
  /** Mean discount of completed sessions from their opening prices, in 1/100 %. */
  averageDiscountBp: number | null
  revenueByCurrency: { currency: string; agreedMinor: number; sessions: number }[]
  topAccepted: { templateId: string; name: string; accepted: number }[]
}

export async function readDashboard({ from, until }: DashboardRange): Promise<Dashboard> {
  const createdAt = { gte: from, lt: until }
  const [byRepStatus, openedByRep, acceptTimes, discount, revenue, accepted, members] =
    await Promise.all([
      db.salesnipSession.groupBy({
        by: ['createdById', 'status'],
        where: { createdAt },
        _count: { _all: true },
      }),
      // Opened: the short link was followed, or the buyer answered (which needs the chat open).
      db.salesnipSession.groupBy({
        by: ['createdById'],
        where: {
          createdAt,
          OR: [{ firstOpenedAt: { not: null } }, { status: { in: [...ANSWERED_STATUSES] } }],
        },
        _count: { _all: true },
      }),
      db.activityEvent.findMany({
        where: { kind: 'accepted', session: { createdAt } },
        select: { at: true, session: { select: { createdAt: true } } },
      }),
      db.salesnipSession.aggregate({
        where: { createdAt, status: 'complete', discountBp: { not: null } },
        _avg: { discountBp: true },
      }),
      db.salesnipSession.groupBy({
        by: ['currency'],
        where: { createdAt, status: 'complete' },
        _sum: { agreedTotalMinor: true },
        _count: { _all: true },
        orderBy: { currency: 'asc' },
      }),
      db.salesnipSessionTemplate.groupBy({
        by: ['templateId'],
        where: { createdAt, accepted: true },
        _count: { _all: true },
        orderBy: { _count: { templateId: 'desc' } },
        take: 10,
      }),
      db.user.findMany({ select: { id: true, name: true } }),
    ])
  const opened = new Map(openedByRep.map((group) => [group.createdById, group._count._all]))
  const names = new Map(members.map((member) => [member.id, member.name]))
  const reps = new Map<string, Dashboard['perRep'][number]>()
  for (const group of byRepStatus) {
    const rep = reps.get(group.createdById) ?? {
      repId: group.createdById,
      name: names.get(group.createdById) ?? 'Former member',
      created: 0,
      opened: opened.get(group.createdById) ?? 0,
      complete: 0,
      cancelled: 0,
      expired: 0,
      failed: 0,
    }
    const count = group._count._all
    if ((CREATED_STATUSES as readonly string[]).includes(group.status)) rep.created += count
    if (group.status === 'complete') rep.complete += count
    if (group.status === 'cancelled') rep.cancelled += count
    if (group.status === 'expired') rep.expired += count
    if (group.status === 'failed' || group.status === 'unknown') rep.failed += count
    reps.set(group.createdById, rep)
  }
  const perRep = [...reps.values()].sort(
    (a, b) => b.created - a.created || a.name.localeCompare(b.name),
  )
  const sum = (key: 'created' | 'opened' | 'complete' | 'cancelled') =>
    perRep.reduce((total, rep) => total + rep[key], 0)
  const created = sum('created')
  const complete = sum('complete')
  const templates = await db.template.findMany({
    where: { id: { in: accepted.map((row) => row.templateId) } },
    select: { id: true, name: true },
  })
  const templateNames = new Map(templates.map((template) => [template.id, template.name]))
  return {
    perRep,
    created,
    opened: sum('opened'),
    complete,
    cancelled: sum('cancelled'),
    medianAcceptSeconds: median(
      acceptTimes.map((row) => (row.at.getTime() - row.session.createdAt.getTime()) / 1000),
    ),
    completionRate: created ? complete / created : null,
    averageDiscountBp:
      discount._avg.discountBp === null ? null : Math.round(discount._avg.discountBp),
    revenueByCurrency: revenue.map((row) => ({
      currency: row.currency,
      agreedMinor: Number(row._sum.agreedTotalMinor ?? 0),
      sessions: row._count._all,
    })),
    topAccepted: accepted.map((row) => ({
      templateId: row.templateId,
      name: templateNames.get(row.templateId) ?? 'Deleted template',
      accepted: row._count._all,
    })),
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return Math.round(
    sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
  )
}
