import type { Role } from '@/lib/auth/roles'

// The console's sections and who may use each. The shell shows a member only the sections of their
// role; the pages and actions behind them check the same roles on the server.
export type Section = {
  href: string
  label: string
  description: string
  roles: readonly Role[]
}

export const SECTIONS = [
  {
    href: '/compose',
    label: 'Compose',
    description: 'Build a negotiation session for one buyer and send the link.',
    roles: ['admin', 'manager', 'rep'],
  },
  {
    href: '/history',
    label: 'History',
    description: "The team's shared history of links and how each negotiation ended.",
    roles: ['admin', 'manager', 'rep'],
  },
  {
    href: '/dashboard',
    label: 'Dashboard',
    description: 'Sessions per rep, completion, discounts and revenue for a date range.',
    roles: ['admin', 'manager', 'rep'],
  },
  {
    href: '/templates',
    label: 'Templates',
    description: 'The catalogue of reusable products, with upsells and cross-sells.',
    roles: ['admin', 'manager', 'rep'],
  },
  {
    href: '/team',
    label: 'Team',
    description: 'Members, roles and invitations.',
    roles: ['admin'],
  },
  {
    href: '/settings',
    label: 'Settings',
    description: 'The workspace and its SaleSnip connection.',
    roles: ['admin'],
  },
] as const satisfies readonly Section[]

export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => (section.roles as readonly Role[]).includes(role))
}
