import type { Role } from '@/lib/auth/roles'

// Names the seed writes and the app falls back to; one place so both agree.
export const DEFAULT_WORKSPACE_ID = 'default'
export const DEFAULT_WORKSPACE_NAME = 'Northwind Demo'
// The one connection settings row (the API key, the composer's defaults).
export const CONNECTION_ID = 'default'
// The demo workspace composes for this SaleSnip project, so a rep never types one to try the app.
export const DEMO_PROJECT_ID = 'proj_northwind_demo'

// The demo team of a local install. Never created in production (NODE_ENV=production with
// PostgreSQL): there `npm run create-admin` makes the first admin.
export const DEMO_MEMBERS: { name: string; email: string; role: Role; password: string }[] = [
  { name: 'Ada Admin', email: 'admin@northwind.test', role: 'admin', password: 'northwind-admin' },
  {
    name: 'Max Manager',
    email: 'manager@northwind.test',
    role: 'manager',
    password: 'northwind-manager',
  },
  { name: 'Riley Rep', email: 'rep@northwind.test', role: 'rep', password: 'northwind-rep' },
]
