import 'server-only'
import { db } from '@/lib/db/client'
import type { Transaction } from '@/lib/db/create-client'

export type Changes = Record<string, [before: unknown, after: unknown]>

export type AuditEntry = { action: string; changes: Changes; at: Date; actor: string | null }

/** Records who changed what. `changes` must never hold a secret: describe it instead. */
export async function recordAuditEvent(
  client: Transaction | typeof db,
  event: {
    actorId: string | null
    entity: string
    entityId: string
    action: string
    changes: Changes
  },
): Promise<void> {
  await client.auditEvent.create({ data: { ...event, changes: JSON.stringify(event.changes) } })
}

export async function listAuditEvents(
  entity: string,
  entityId: string,
  take = 20,
): Promise<AuditEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entity, entityId },
    orderBy: { at: 'desc' },
    take,
    select: { action: true, changes: true, at: true, actorId: true },
  })
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))]
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  })
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  return events.map((event) => ({
    action: event.action,
    changes: JSON.parse(event.changes) as Changes,
    at: event.at,
    actor: event.actorId ? (names.get(event.actorId) ?? 'A former member') : null,
  }))
}

/** The fields whose values differ, as [before, after] pairs. */
export function diff<T extends Record<string, unknown>>(before: T, after: T): Changes {
  const changes: Changes = {}
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key]) changes[key] = [before[key] ?? null, after[key] ?? null]
  }
  return changes
}
