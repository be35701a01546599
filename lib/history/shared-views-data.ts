import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { db } from '@/lib/db/client'
import { memberNames } from '@/lib/team/members-data'
import { parseHistoryQuery, type HistoryQuery } from './query'

// Shared History views as stored: the link's token only as a hash, the view's filters, and each visit.

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

/** Stores a view; returns its token (for the link), which is not kept. */
export async function createSharedView(input: {
  name: string
  query: HistoryQuery
  showEmails: boolean
  expiresAt: Date
  createdById: string
}) {
  const token = randomBytes(24).toString('base64url')
  const view = await db.sharedView.create({
    data: {
      name: input.name,
      tokenHash: hash(token),
      query: JSON.stringify(input.query),
      showEmails: input.showEmails,
      expiresAt: input.expiresAt,
      createdById: input.createdById,
    },
    select: { id: true },
  })
  return { id: view.id, token }
}

export async function listSharedViews() {
  const views = await db.sharedView.findMany({ orderBy: { createdAt: 'desc' }, take: 100 })
  const nameOf = await memberNames(views.map((view) => view.createdById))
  return views.map(({ tokenHash, query, ...view }) => {
    void tokenHash
    return {
      ...view,
      query: parseHistoryQuery(JSON.parse(query) as Record<string, string>),
      createdByName: nameOf.get(view.createdById) ?? 'A removed member',
    }
  })
}

export async function revokeSharedView(id: string): Promise<{ name: string } | null> {
  const view = await db.sharedView.findFirst({ where: { id, revokedAt: null } })
  if (!view) return null
  await db.sharedView.update({ where: { id }, data: { revokedAt: new Date() } })
  return { name: view.name }
}

export type OpenedView =
  | {
      kind: 'ok'
      name: string
      query: HistoryQuery
      showEmails: boolean
      createdById: string
      createdByName: string
      expiresAt: Date
    }
  | { kind: 'unknown' | 'revoked' | 'expired' }

/** The view behind a link, if it may be seen now; the visit is recorded. */
export async function openSharedView(
  token: string,
  deviceClass: string,
  now = new Date(),
): Promise<OpenedView> {
  const view = await db.sharedView.findUnique({ where: { tokenHash: hash(token) } })
  if (!view) return { kind: 'unknown' }
  if (view.revokedAt) return { kind: 'revoked' }
  if (view.expiresAt <= now) return { kind: 'expired' }
  await db.$transaction([
    db.sharedViewVisit.create({ data: { viewId: view.id, at: now, deviceClass } }),
    db.sharedView.update({
      where: { id: view.id },
      data: { lastViewedAt: now, viewCount: { increment: 1 } },
    }),
  ])
  const creator = await db.user.findUnique({
    where: { id: view.createdById },
    select: { name: true },
  })
  return {
    kind: 'ok',
    name: view.name,
    query: parseHistoryQuery(JSON.parse(view.query) as Record<string, string>),
    showEmails: view.showEmails,
    createdById: view.createdById,
    createdByName: creator?.name ?? 'A former member',
    expiresAt: view.expiresAt,
  }
}
