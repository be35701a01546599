// The team's roles and their names, without their zod schema (lib/auth/roles.ts), so that client
// code showing a role (the user menu on every page) does not ship zod to every browser.

/** The team's roles, highest first. */
export const ROLES = ['admin', 'manager', 'rep'] as const
/** The same type as z.infer of roleSchema (lib/auth/roles.ts), which is built from this list. */
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  rep: 'Sales rep',
}
