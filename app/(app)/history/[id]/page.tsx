import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'
import { notFound } from 'next/navigation'
import { CopyButton } from '@/components/copy-button'
import { JsonView } from '@/components/json-view'
import { PageHeader } from '@/components/page-header'
import { QrCode } from '@/components/qr-code'
import { SessionStatusBadge } from '@/components/session-status-badge'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { requireMember } from '@/lib/auth/current-member'
import { formatMoney } from '@/lib/salesnip/money'
import { ANSWERED_STATUSES, wasAccepted, wasCreated } from '@/lib/sessions/status'
import { Badge } from '@/components/ui/badge'
import { formatDiscount } from '@/lib/outcomes/summary'
import { getSessionDetail, type SessionDetail } from '@/lib/history/session-data'
import { AttemptsTable } from './attempts-table'
import { SessionDetails } from './session-details'
import { when } from './when'
import { FreshNegotiation, NegotiationCard } from './negotiation-card'
import { TryAgain } from './try-again'

export const metadata: Metadata = { title: 'Session' }

// Opening a created session's page reads its outcome again when the one stored is over a minute old.
const STALE_MS = 60_000

type SessionPageProps = { params: Promise<{ id: string }> }

export default async function SessionPage({ params }: SessionPageProps) {
  const member = await requireMember('history.read')
  const { id } = await params
  const session = await getSessionDetail(id)
  if (!session) notFound()
  const buyer = session.buyerName || session.buyerEmail || 'No buyer named'
  const accepted = wasAccepted(session.status)

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div>
        <Link href="/history" className="text-sm underline">
          ← History
        </Link>
        <PageHeader
          title={`${buyer}${session.buyerCompany ? ` · ${session.buyerCompany}` : ''}`}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <SessionStatusBadge status={session.status} />
              {session.overrides.length > 0 && <Badge tone="negative">Below a floor</Badge>}
              Created by {session.repName} on {when(session.createdAt)}
            </span>
          }
        />
      </div>

      {(session.status === 'failed' || session.status === 'unknown') && (
        <Card aria-labelledby="problem-title" className="grid gap-3 border-destructive/60">
          <CardTitle id="problem-title">
            {session.status === 'failed'
              ? 'SaleSnip did not create this session'
              : 'Outcome unknown'}
          </CardTitle>
          <p className="text-sm">
            {session.errorMessage}{' '}
            {session.status === 'unknown'
              ? 'SaleSnip may have created the session anyway (a timeout does not say). Check with the buyer or in SaleSnip before sending another one.'
              : 'Nothing was created.'}
          </p>
          {session.replacedById ? (
            <p className="text-sm">
              Made again since:{' '}
              <Link href={`/history/${session.replacedById}`} className="underline">
                replaced by a new session
              </Link>
              . This attempt no longer shows in History&apos;s default view.
            </p>
          ) : (
            <TryAgain
              sessionId={session.id}
              status={session.status}
              ownAttempt={session.createdById === member.id}
            />
          )}
        </Card>
      )}

      {session.replaces.length > 0 && (
        <p className="rounded-md border p-3 text-sm">
          Made again in place of{' '}
          {session.replaces.map((earlier, index) => (
            <span key={earlier.id}>
              {index > 0 && ', '}
              <Link href={`/history/${earlier.id}`} className="underline">
                an earlier{' '}
                {earlier.status === 'unknown'
                  ? 'attempt with an unknown outcome'
                  : 'failed attempt'}
              </Link>{' '}
              ({when(earlier.createdAt)})
            </span>
          ))}
          .
        </p>
      )}

      {session.status === 'cancelled' && (
        <p className="rounded-md border p-3 text-sm">
          The buyer pressed Cancel in the chat: the console recorded the buyer&apos;s return through
          the cancel callback. SaleSnip itself does not report cancellations (its read-back only
          knows active and accepted), so this comes from the console alone.
        </p>
      )}

      {session.url && session.salesnipId && (
        <Card aria-labelledby="link-title" className="grid gap-4 md:grid-cols-[minmax(0,1fr)_auto]">
          <div className="grid min-w-0 content-start gap-3">
            <CardTitle id="link-title">Link</CardTitle>
            <p className="font-mono text-sm break-all">{session.url}</p>
            <div className="flex flex-wrap gap-2">
              <CopyButton value={session.url} label="Copy link" />
              <Button asChild variant="outline">
                {/* SaleSnip's own address: the rep looking at the chat is not the buyer opening it. */}
                <a href={session.salesnipUrl ?? session.url} target="_blank" rel="noreferrer">
                  Open link
                </a>
              </Button>
              <CopyButton value={session.salesnipId} label="Copy session id" />
            </div>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted-foreground">Opened</dt>
              <dd>{openedText(session)}</dd>
              <dt className="text-muted-foreground">SaleSnip session id</dt>
              <dd className="font-mono break-all">{session.salesnipId}</dd>
              <dt className="text-muted-foreground">Project</dt>
              <dd className="font-mono break-all">{session.projectId}</dd>
              <dt className="text-muted-foreground">Opening total</dt>
              <dd>{formatMoney(session.openingTotalMinor, session.currency)}</dd>
              <dt className="text-muted-foreground">Agreed total</dt>
              <dd>
                {session.agreedTotalMinor === null || !accepted
                  ? 'Nothing agreed yet'
                  : formatMoney(session.agreedTotalMinor, session.currency)}
              </dd>
              <dt className="text-muted-foreground">Discount from opening</dt>
              <dd>{accepted ? formatDiscount(session.discountBp) : '—'}</dd>
            </dl>
          </div>
          <QrCode value={session.url} />
        </Card>
      )}

      {wasCreated(session.status) && (
        // What is stored shows at once; SaleSnip's read-back (up to 3 s) streams in after it.
        <Suspense fallback={<NegotiationCard session={session} reading />}>
          <FreshNegotiation session={session} maxAgeMs={STALE_MS} />
        </Suspense>
      )}

      <SessionDetails session={session} />

      <Card aria-labelledby="request-title" className="grid gap-3">
        <CardTitle id="request-title">Request sent to SaleSnip</CardTitle>
        <JsonView label="Request body" text={session.requestBody} />
      </Card>

      {session.responseBody && (
        <Card aria-labelledby="response-title" className="grid gap-3">
          <CardTitle id="response-title">SaleSnip&apos;s answer</CardTitle>
          <JsonView label="Answer" text={session.responseBody} />
        </Card>
      )}

      <AttemptsTable attempts={session.attempts} />
    </div>
  )
}

function openedText(session: SessionDetail): string {
  if (session.url === session.salesnipUrl) return 'Not counted (no short link for this session)'
  const { count, first } = session.opens
  if ((count === 0 || !first) && (ANSWERED_STATUSES as readonly string[]).includes(session.status))
    return 'Not through the short link (the buyer answered, so the chat was open)'
  if (count === 0 || !first) return 'Not yet'
  return `${count === 1 ? 'Once' : `${count} times`}, first on ${when(first)}`
}
