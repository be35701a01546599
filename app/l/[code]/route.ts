import { after } from 'next/server'
import { findByLinkCode, recordOpen } from '@/lib/outcomes/arrivals-data'
import { deviceClassOf } from '@/lib/outcomes/device-class'
import { plainPage } from '@/lib/outcomes/plain-page'
import { log } from '@/lib/log'

// A short link: counts the open (time and kind of device), then sends the buyer to SaleSnip's chat,
// fragment included (the chat address carries the session in its #…).
export async function GET(request: Request, context: { params: Promise<{ code: string }> }) {
  const { code } = await context.params
  const session = /^[\w-]{8,32}$/.test(code) ? await findByLinkCode(code) : null
  if (!session?.url) return plainPage(404, 'Unknown link', 'This link does not lead anywhere.')
  const device = deviceClassOf(request.headers.get('user-agent'))
  // Recorded after the answer: the buyer never waits on the database's write.
  after(() =>
    recordOpen(session.id, device).catch((error) =>
      log.error({ err: error, sessionId: session.id }, 'recording an open failed'),
    ),
  )
  return new Response(null, {
    status: 302,
    headers: {
      Location: session.url,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
