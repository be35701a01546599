import 'server-only'
import { db } from '@/lib/db/client'
import { listTeamMembers } from '@/lib/team/members-data'
import { ANSWERED_STATUSES, CREATED_STATUSES } from '@/lib/sessions/status'
import { rollupSpans } from './rollup-spans'

// The team dashboard's figures for a date range, summed from daily rollups (a few rows a day,
// whatever the number of sessions; see the rollup models in prisma/models.prisma).

type DashboardRange = { from: Date; until: Date }

/** What the session rollups are grouped by: all but the day (or month). */
type SessionGroup = 'createdById' | 'status' | 'currency' | 'opened'

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
  // The rollups are kept per UTC day and month (triggers of migrations dashboard_rollups and
  // dashboard_month_rollups): a range is read as the whole days it touches, which is what the
  // dashboard's own ranges are; its whole months from the month rollups (rollup-spans.ts).
  const day = { gte: dayOf(from), lte: dayOf(new Date(until.getTime() - 1)) }
  const spans = rollupSpans(day.gte, day.lte)
  const days = { OR: spans.days.map((span) => ({ day: span })) }
  const month = spans.months ?? undefined
  const sums = {
    by: ['createdById', 'status', 'currency', 'opened'] satisfies SessionGroup[],
    _sum: { sessions: true, agreedMinor: true, discountBpSum: true, discounted: true },
  } as const
  const bucketSums = { by: ['bucket'] satisfies 'bucket'[], _sum: { sessions: true } } as const
  const [dayGroups, monthGroups, dayBuckets, monthBuckets, accepted, members] = await Promise.all([
    spans.days.length ? db.sessionDayRollup.groupBy({ ...sums, where: days }) : [],
    month ? db.sessionMonthRollup.groupBy({ ...sums, where: { month } }) : [],
    spans.days.length ? db.acceptTimeDayRollup.groupBy({ ...bucketSums, where: days }) : [],
    month ? db.acceptTimeMonthRollup.groupBy({ ...bucketSums, where: { month } }) : [],
    db.templateAcceptedDayRollup.groupBy({
      by: ['templateId'],
      where: { day },
      _sum: { accepted: true },
      orderBy: [{ _sum: { accepted: 'desc' } }, { templateId: 'asc' }],
      having: { accepted: { _sum: { gt: 0 } } },
      take: 10,
    }),
    listTeamMembers(),
  ])
  const groups = [...dayGroups, ...monthGroups]
  const acceptTimes = new Map<number, number>()
  for (const row of [...dayBuckets, ...monthBuckets])
    acceptTimes.set(row.bucket, (acceptTimes.get(row.bucket) ?? 0) + (row._sum.sessions ?? 0))
  const names = new Map(members.map((member) => [member.id, member.name]))
  const reps = new Map<string, Dashboard['perRep'][number]>()
  const revenue = new Map<string, { agreedMinor: number; sessions: number }>()
  let discountSum = 0
  let discounted = 0
  for (const group of groups) {
    const count = group._sum.sessions ?? 0
    if (count === 0) continue
    const rep = reps.get(group.createdById) ?? {
      repId: group.createdById,
      name: names.get(group.createdById) ?? 'Former member',
      created: 0,
      opened: 0,
      complete: 0,
      cancelled: 0,
      expired: 0,
      failed: 0,
    }
    reps.set(group.createdById, rep)
    // Opened: the short link was followed, or the buyer answered (which needs the chat open).
    if (group.opened || (ANSWERED_STATUSES as readonly string[]).includes(group.status))
      rep.opened += count
    if ((CREATED_STATUSES as readonly string[]).includes(group.status)) rep.created += count
    if (group.status === 'cancelled') rep.cancelled += count
    if (group.status === 'expired') rep.expired += count
    if (group.status === 'failed' || group.status === 'unknown') rep.failed += count
    if (group.status !== 'complete') continue
    rep.complete += count
    discountSum += Number(group._sum.discountBpSum ?? 0)
    discounted += group._sum.discounted ?? 0
    const currency = revenue.get(group.currency) ?? { agreedMinor: 0, sessions: 0 }
    currency.agreedMinor += Number(group._sum.agreedMinor ?? 0)
    currency.sessions += count
    revenue.set(group.currency, currency)
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
    medianAcceptSeconds: medianOfBuckets(
      [...acceptTimes].sort(([a], [b]) => a - b).map(([bucket, count]) => ({ bucket, count })),
    ),
    completionRate: created ? complete / created : null,
    averageDiscountBp: discounted ? Math.round(discountSum / discounted) : null,
    revenueByCurrency: [...revenue]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, figures]) => ({ currency, ...figures })),
    topAccepted: accepted.map((row) => ({
      templateId: row.templateId,
      name: templateNames.get(row.templateId) ?? 'Deleted template',
      accepted: row._sum.accepted ?? 0,
    })),
  }
}

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10)

/**
 * The median time to accept, in seconds, from the rollup's buckets (bucket b holds the accepts that
 * took about e^(b/20) − 1 seconds, ±2.5 %): the bucket holding the middle accept, at its centre.
 */
export function medianOfBuckets(buckets: { bucket: number; count: number }[]): number | null {
  const total = buckets.reduce((sum, row) => sum + row.count, 0)
  if (total <= 0) return null
  const centre = (bucket: number) => Math.exp(bucket / 20) - 1
  const filled = buckets.filter((row) => row.count > 0)
  let seen = 0
  for (const [index, row] of filled.entries()) {
    seen += row.count
    if (seen * 2 < total) continue
    // An even count split exactly here: the middle two accepts are this bucket's last and the next's
    // first, and the median is between them.
    const next = filled[index + 1]
    if (seen * 2 === total && next)
      return Math.round((centre(row.bucket) + centre(next.bucket)) / 2)
    return Math.round(centre(row.bucket))
  }
  return null
}
