import { getMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { csvHeader, csvLine } from '@/lib/history/csv'
import { countHistory, historyBatches } from '@/lib/history/data'
import { parseHistoryQuery } from '@/lib/history/query'

// The current history view as CSV, streamed a thousand rows at a time: 100,000 rows neither time
// out nor sit in memory. The row count comes first (a header), so the browser can show progress.
export async function GET(request: Request) {
  const member = await getMember()
  if (!member) return new Response('Sign in first.', { status: 401 })
  if (!can(member.role, 'history.export')) return new Response('Not allowed.', { status: 403 })
  const query = parseHistoryQuery(Object.fromEntries(new URL(request.url).searchParams))
  const view = { ...query, after: undefined, before: undefined } // the whole view, not one page
  const total = await countHistory(view, member.id)
  const batches = historyBatches(view, member.id)
  const encoder = new TextEncoder()
  let headerSent = false
  const body = new ReadableStream<Uint8Array>({
    // Pulled as the client reads: a slow download holds the database reads back, too.
    async pull(controller) {
      if (!headerSent) {
        headerSent = true
        controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`))
        return
      }
      const next = await batches.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value.map(csvLine).join('')))
    },
    async cancel() {
      await batches.return(undefined)
    },
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="session-history-${day}.csv"`,
      'X-Row-Count': String(total),
      'Cache-Control': 'no-store',
    },
  })
}
