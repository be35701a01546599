import { z } from '@/lib/zod'
import { ROLES, type Role } from './role-labels'

// The team's roles, highest first. Admins run the team and settings, managers keep the product
// templates, reps compose and send sessions; everyone reads the shared history.
export { ROLE_LABELS, ROLES, type Role } from './role-labels'
export const roleSchema = z.enum(ROLES, { message: 'Choose admin, manager or rep.' })

/** A role read from the database (TEXT) or anywhere untyped; unknown values get the least access. */
export function toRole(value: unknown): Role {
  const parsed = roleSchema.safeParse(value)
  return parsed.success ? parsed.data : 'rep'
}
