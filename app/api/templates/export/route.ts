import { getMember } from '@/lib/auth/current-member'
import { hasRole } from '@/lib/auth/roles'
import { exportCatalogue } from '@/lib/templates/import'

// The catalogue as a JSON file, for managers and admins.
export async function GET() {
  const member = await getMember()
  if (!member) return new Response('Sign in first.', { status: 401 })
  if (!hasRole(member.role, ['admin', 'manager']))
    return new Response('Not allowed.', { status: 403 })
  return new Response(await exportCatalogue(), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="catalogue-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  })
}
