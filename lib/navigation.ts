import { can, type Permission } from '@/lib/auth/permissions'
import type { Role } from '@/lib/auth/roles'

// The console's sections and who may use each. The shell shows a member only the sections of their
// role; the pages and actions behind them check the same permissions on the server.
type Section = {
  href: string
  label: string
  description: string
  permission: Permission
}

export const SECTIONS = [
  {
    href: '/compose',
    label: 'Compose',
    description: 'Build a negotiation session for one buyer and send the link.',
    permission: 'sessions.create',
  },
  {
    href: '/history',
    label: 'History',
    description: "The team's shared history of links and how each negotiation ended.",
    permission: 'history.read',
  },
  {
    href: '/activity',
    label: 'Activity',
    description: 'Links opened, deals accepted or cancelled, as they happen.',
    permission: 'activity.read',
  },
  {
    href: '/dashboard',
    label: 'Dashboard',
    description: 'Sessions per rep, completion, discounts and revenue for a date range.',
    permission: 'dashboard.read',
  },
  {
    href: '/templates',
    label: 'Templates',
    description: 'The catalogue of reusable products, with upsells and cross-sells.',
    permission: 'templates.read',
  },
  {
    href: '/team',
    label: 'Team',
    description: 'Members, roles and invitations.',
    permission: 'team.manage',
  },
  {
    href: '/settings',
    label: 'Settings',
    description: 'The workspace and its SaleSnip connection.',
    permission: 'settings.manage',
  },
  {
    href: '/audit',
    label: 'Audit log',
    description: 'Who changed what: templates, settings, the team and session creates.',
    permission: 'audit.read',
  },
] as const satisfies readonly Section[]

export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => can(role, section.permission))
}
