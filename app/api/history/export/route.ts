import { getMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { historyCsvResponse } from '@/lib/history/csv-response'
import { parseHistoryQuery } from '@/lib/history/query'

// The History page's current view as CSV (streamed: see historyCsvResponse).
export async function GET(request: Request) {
  const member = await getMember()
  if (!member) return new Response('Sign in first.', { status: 401 })
  if (!can(member.role, 'history.export')) return new Response('Not allowed.', { status: 403 })
  const query = parseHistoryQuery(Object.fromEntries(new URL(request.url).searchParams))
  return historyCsvResponse(query, member.id)
}
