import 'server-only'
import { csvHeader, csvLine } from './csv'
import { countHistory } from './count-data'
import { exportBatches } from './export-data'
import type { HistoryQuery } from './query'

/**
 * A history view as CSV, streamed a thousand rows at a time: a million rows neither time out nor sit
 * in memory. The row count comes first (a header), so a browser can show progress. Used by the
 * History page's export and by the API's.
 */
export async function historyCsvResponse(query: HistoryQuery, memberId: string) {
  const view = { ...query, after: undefined, before: undefined } // the whole view, not one page
  const total = await countHistory(view, memberId)
  const batches = exportBatches(view, memberId)
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
