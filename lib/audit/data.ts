import 'server-only'
import { db } from '@/lib/db/client'
import { memberNames } from '@/lib/team/members-data'
import type { Transaction } from '@/lib/db/types'
import { diff, type AuditRecord, type Changes } from './changes'
import type { AuditLogQuery } from './log-query'
import { auditLogWhere } from './log-query'

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

/** What the action client records after an action succeeded: each entry's diff, secrets masked. */
export async function recordAuditTrail(actorId: string, records: AuditRecord[]): Promise<void> {
  await db.auditEvent.createMany({
    data: records.map((record) => ({
      actorId,
      entity: record.entity,
      entityId: record.entityId,
      action: record.action,
      changes: JSON.stringify(diff(record.before, record.after)),
    })),
  })
}

/** One entity's changes, newest first (a template's or the connection's history). */
export async function listAuditEvents(entity: string, entityId: string, take = 20) {
  const events = await db.auditEvent.findMany({
    where: { entity, entityId },
    orderBy: { at: 'desc' },
    take,
    select: { action: true, changes: true, at: true, actorId: true },
  })
  const names = await actorNames(events)
  return events.map((event): AuditEntry => ({
    action: event.action,
    changes: JSON.parse(event.changes) as Changes,
    at: event.at,
    actor: actorOf(event.actorId, names),
  }))
}

export type AuditLogRow = AuditEntry & { id: string; entity: string; entityId: string }

/** The audit log page: newest first, filtered, one keyset page past the cursor (and one more row). */
export async function listAuditLog(query: AuditLogQuery, take: number) {
  const rows = await db.auditEvent.findMany({
    where: auditLogWhere(query),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: take + 1,
  })
  const names = await actorNames(rows)
  const page = rows.slice(0, take).map((row): AuditLogRow => ({
    id: row.id,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    changes: JSON.parse(row.changes) as Changes,
    at: row.at,
    actor: actorOf(row.actorId, names),
  }))
  return { rows: page, more: rows.length > take }
}

function actorNames(events: { actorId: string | null }[]) {
  return memberNames(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))
}

function actorOf(actorId: string | null, names: Map<string, string>): string | null {
  return actorId ? (names.get(actorId) ?? 'A former member') : null
}
