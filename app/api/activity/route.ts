import { getMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { readFeed } from '@/lib/activity/data'

// The feed for the signed-in member, polled by the header's badge and the activity page: the
// newest events and the unread count. Cheap (two indexed reads); never waits on SaleSnip.
export async function GET() {
  const member = await getMember()
  if (!member) return Response.json({ message: 'Sign in first.' }, { status: 401 })
  if (!can(member.role, 'activity.read'))
    return Response.json({ message: 'Not allowed.' }, { status: 403 })
  return Response.json(await readFeed(member, 30), { headers: { 'Cache-Control': 'no-store' } })
}
