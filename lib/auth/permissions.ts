import { ROLES, type Role } from './roles'

// What each role may do, by name. Pages, route handlers, actions, guardrails and the navigation ask
// for a permission; this table is the only place that says which roles hold it (and the role-matrix
// test is driven by it).
export const PERMISSIONS = {
  /** Compose and create sessions, keep drafts, refresh a session's outcome. */
  'sessions.create': ROLES,
  'history.read': ROLES,
  'history.export': ROLES,
  /** Share a filtered History view as a read-only link outside the team; revoke shared views. */
  'history.share': ['admin', 'manager'],
  'dashboard.read': ROLES,
  /** The activity feed of one's own sessions (opened, accepted, cancelled…). */
  'activity.read': ROLES,
  /** Follow the whole team's sessions in the feed, not only one's own. */
  'activity.followTeam': ['admin', 'manager'],
  'templates.read': ROLES,
  'templates.write': ['admin', 'manager'],
  /** Set a session's floor below its template's floor (recorded as an override). */
  'floor.override': ['admin', 'manager'],
  'team.manage': ['admin'],
  'settings.manage': ['admin'],
  /** Make and revoke API tokens (each acts as a chosen member, within scopes). */
  'apiTokens.manage': ['admin'],
  /** Register webhook endpoints, read their delivery logs, resend. */
  'webhooks.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

/** Whether a member of `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}
