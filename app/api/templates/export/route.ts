import { getMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { exportCatalogue } from '@/lib/templates/import-data'

// The catalogue as a JSON file, for managers and admins.
export async function GET() {
  const member = await getMember()
  if (!member) return new Response('Sign in first.', { status: 401 })
  if (!can(member.role, 'templates.write')) return new Response('Not allowed.', { status: 403 })
  return new Response(await exportCatalogue(), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="catalogue-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  })
}
