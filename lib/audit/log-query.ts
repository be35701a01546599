import { z } from '@/lib/zod'
import { firstValues } from '@/lib/search-params'
import { dayBounds, daySchema } from '@/lib/dates/day-range'
import { decodeCursor, encodeCursor } from '@/lib/keyset-cursor'

// The audit log's view as it lives in the address: member, entity, date range and the page's cursor.

export const AUDIT_PAGE_SIZE = 50

export const AUDITED_ENTITIES = {
  template: 'Templates',
  connection: 'SaleSnip connection',
  workspace: 'Workspace',
  member: 'Team members',
  invitation: 'Invitations',
  session: 'Sessions',
} as const
export type AuditedEntity = keyof typeof AUDITED_ENTITIES

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

const auditLogQuerySchema = z.object({
  member: optional(z.string().max(64)),
  entity: optional(z.enum(Object.keys(AUDITED_ENTITIES) as [AuditedEntity, ...AuditedEntity[]])),
  from: optional(daySchema),
  to: optional(daySchema),
  after: optional(z.string().max(200)),
})
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>

export function parseAuditLogQuery(params: Record<string, string | string[] | undefined>) {
  const first = firstValues(params)
  return auditLogQuerySchema.parse(first)
}

/** The database filter of a view, with the keyset seek past the cursor (newest first). */
export function auditLogWhere(query: AuditLogQuery) {
  const at = dayBounds(query)
  const cursor = decodeCursor(query.after)
  const cursorAt = cursor && /^\d+$/.test(cursor.value) ? new Date(Number(cursor.value)) : null
  return {
    ...(query.member ? { actorId: query.member } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(Object.keys(at).length ? { at } : {}),
    ...(cursor && cursorAt
      ? { OR: [{ at: { lt: cursorAt } }, { at: cursorAt, id: { lt: cursor.id } }] }
      : {}),
  }
}

export function auditCursorOf(row: { id: string; at: Date }): string {
  return encodeCursor({ value: String(row.at.getTime()), id: row.id })
}

/** The address of a view: only what is set. */
export function auditLogHref(query: AuditLogQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const text = params.toString()
  return text ? `/audit?${text}` : '/audit'
}
