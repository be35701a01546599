import { Card, CardTitle } from '@/components/ui/card'
import type { SessionDetail } from '@/lib/history/session-data'
import { refreshIfStale } from '@/lib/outcomes/refresh'
import { OutcomeTable } from './outcome-table'
import { wasAccepted } from '@/lib/sessions/status'
import { RefreshButton } from './refresh-button'
import { RefreshWhenChanged } from './refresh-when-changed'
import { when } from './when'

type NegotiationCardProps = {
  session: SessionDetail
  /** While SaleSnip is being read: the stored outcome, and a line saying so. */
  reading?: boolean
  refreshProblem?: string | null
}

/** How the negotiation stands, as SaleSnip last reported it. */
export function NegotiationCard({ session, reading, refreshProblem }: NegotiationCardProps) {
  return (
    <Card aria-labelledby="outcome-title" className="grid gap-3" aria-busy={reading}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="outcome-title">Negotiation</CardTitle>
        <RefreshButton sessionId={session.id} />
      </div>
      <p className="text-sm text-muted-foreground" role="status">
        {session.outcomeReadAt
          ? `As SaleSnip reported it at ${when(session.outcomeReadAt)}.`
          : 'Not read from SaleSnip yet.'}
        {reading && ' Reading it from SaleSnip again…'}
        {refreshProblem && ` Reading it again failed: ${refreshProblem}`}
      </p>
      {session.outcome && (
        <OutcomeTable
          products={session.outcome}
          currency={session.currency}
          accepted={wasAccepted(session.status)}
        />
      )}
    </Card>
  )
}

/** The card once SaleSnip was read again (when the stored outcome is older than `maxAgeMs`). */
export async function FreshNegotiation({
  session,
  maxAgeMs,
}: {
  session: SessionDetail
  maxAgeMs: number
}) {
  const fresh = await refreshIfStale(session, maxAgeMs)
  const changed =
    fresh.session.status !== session.status ||
    fresh.session.agreedTotalMinor !== session.agreedTotalMinor
  return (
    <>
      <RefreshWhenChanged changed={changed} />
      <NegotiationCard session={fresh.session} refreshProblem={fresh.refreshProblem} />
    </>
  )
}
