// The team's roles, highest first. Sign-in (its own issue) assigns one to every member.
export const ROLES = ['admin', 'manager', 'rep'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  rep: 'Sales rep',
}
