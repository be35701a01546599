// What an audit entry says changed: before/after pairs of the fields that differ, with secrets
// masked. Pure, so the action client, data modules and tests share one reading.

export type Changes = Record<string, [before: unknown, after: unknown]>
type AuditFields = Record<string, unknown>

/** One entry an action asks the action client to record once it has succeeded. */
export type AuditRecord = {
  entity: string
  entityId: string
  action: string
  before?: AuditFields | null
  after?: AuditFields | null
}

const SECRET_FIELD = /key|secret|token|password|hash/i
const MASK = '••••'

/** A field's value as the log may keep it: secrets become a mask (their presence, never their text). */
function shown(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return value ?? null
  return SECRET_FIELD.test(field) ? MASK : value
}

/** The fields whose values differ, as [before, after] pairs; a created or deleted entity lists all. */
export function diff(
  before: AuditFields | null | undefined,
  after: AuditFields | null | undefined,
) {
  const changes: Changes = {}
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const field of fields) {
    const was = before?.[field]
    const is = after?.[field]
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    changes[field] = [shown(field, was), shown(field, is)]
  }
  return changes
}
