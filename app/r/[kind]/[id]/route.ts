import { after } from 'next/server'
import { relayArrival } from '@/lib/outcomes/relay'
import { plainPage } from '@/lib/outcomes/plain-page'

// SaleSnip's callbacks, relayed: /r/success/{SESSION_ID} and /r/cancel/{SESSION_ID}.
export async function GET(
  _request: Request,
  context: { params: Promise<{ kind: string; id: string }> },
) {
  const { kind, id } = await context.params
  if (kind !== 'success' && kind !== 'cancel')
    return plainPage(404, 'Not found', 'There is nothing at this address.')
  const answer = await relayArrival(kind, id)
  if (answer.kind === 'unknown')
    return plainPage(
      404,
      'Unknown session',
      'This address does not name a session of this console.',
    )
  if (answer.confirm) after(answer.confirm)
  if (answer.kind === 'redirect')
    return new Response(null, {
      status: 303,
      headers: { Location: answer.to, 'Cache-Control': 'no-store' },
    })
  return answer.outcome === 'success'
    ? plainPage(200, 'Thank you', 'Your answer was received. You can close this window.')
    : plainPage(200, 'No deal this time', 'Your answer was received. You can close this window.')
}
