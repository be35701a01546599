import { z } from '@/lib/zod'

// The team's roles, highest first. Admins run the team and settings, managers keep the product
// templates, reps compose and send sessions; everyone reads the shared history.
export const ROLES = ['admin', 'manager', 'rep'] as const
export const roleSchema = z.enum(ROLES, { message: 'Choose admin, manager or rep.' })
export type Role = z.infer<typeof roleSchema>

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  rep: 'Sales rep',
}

/** A role read from the database (TEXT) or anywhere untyped; unknown values get the least access. */
export function toRole(value: unknown): Role {
  const parsed = roleSchema.safeParse(value)
  return parsed.success ? parsed.data : 'rep'
}
