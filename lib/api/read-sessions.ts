import 'server-only'
import { listHistory } from '@/lib/history/data'
import { getSessionSnapshot } from '@/lib/history/session-data'
import { historyCsvResponse } from '@/lib/history/csv-response'
import { parseHistoryQuery } from '@/lib/history/query'
import type { ApiCaller } from './authenticate'
import { apiSession, apiSessionDetail } from './present'
import { apiError, apiJson } from './respond'

// GET /api/v1/sessions (the History page's filters and cursor, as query parameters), one session,
// and the CSV export of a filtered view.

const queryOf = (request: Request) =>
  parseHistoryQuery(Object.fromEntries(new URL(request.url).searchParams))

export async function listSessionsFromApi(request: Request, caller: ApiCaller) {
  const page = await listHistory(queryOf(request), caller.member.id)
  return apiJson({ data: page.rows.map(apiSession), next: page.next, previous: page.previous })
}

export async function readSessionFromApi(_: Request, __: ApiCaller, params: { id: string }) {
  const detail = await getSessionSnapshot(params.id)
  if (!detail) return apiError(404, 'not_found', 'No session has this id.')
  return apiJson(apiSessionDetail(detail))
}

export async function exportSessionsFromApi(request: Request, caller: ApiCaller) {
  return historyCsvResponse(queryOf(request), caller.member.id)
}
