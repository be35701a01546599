import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { SessionStatusBadge } from '@/components/session-status-badge'
import { listHistory } from '@/lib/history/data'
import { historyHref } from '@/lib/history/query'
import { openSharedView } from '@/lib/history/shared-views-data'
import { deviceClassOf } from '@/lib/outcomes/device-class'
import { formatMoney } from '@/lib/salesnip/money'
import { firstValues } from '@/lib/search-params'
import { describeView } from '@/lib/history/describe-view'

// A History view shared outside the team: read-only, no sign-in, no chat links, buyer emails only
// when the sharer chose so. The filters are the view's own; the address may only turn the page.
// Every visit is recorded (when and the kind of device).

export const metadata: Metadata = {
  title: 'Shared sessions',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

const GONE = {
  unknown: 'This link does not lead to a shared view.',
  revoked: 'This shared view was revoked by the team that shared it.',
  expired: 'This shared view has expired.',
} as const

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function SharedViewPage({ params, searchParams }: Props) {
  const { token } = await params
  const view = await openSharedView(token, deviceClassOf((await headers()).get('user-agent')))
  if (view.kind !== 'ok')
    return (
      <main className="mx-auto grid min-h-dvh max-w-lg place-items-center p-4">
        <div className="grid gap-2 text-center">
          <p className="text-sm font-semibold text-muted-foreground">Session Studio</p>
          <h1 className="text-xl font-semibold">This view is not available</h1>
          <p className="text-muted-foreground">{GONE[view.kind]}</p>
        </div>
      </main>
    )
  const { after, before } = firstValues(await searchParams)
  const page = await listHistory(
    { ...view.query, after: after || undefined, before: before || undefined },
    view.createdById,
  )
  const base = `/shared/${token}`
  return (
    <main className="mx-auto grid max-w-5xl gap-4 p-4 sm:p-8">
      <header className="grid gap-1">
        <p className="text-sm font-semibold text-muted-foreground">Session Studio · shared view</p>
        <h1 className="text-2xl font-semibold tracking-tight">{view.name}</h1>
        <p className="text-sm text-muted-foreground">
          Shared by {view.createdByName} · {describeView(view.query)} · read-only · available until{' '}
          {view.expiresAt.toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' })}
        </p>
      </header>
      {page.rows.length === 0 ? (
        <p className="text-muted-foreground">No sessions match.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Sessions">
          {page.rows.map((row) => (
            <li
              key={row.id}
              className="grid gap-1 rounded-md border bg-card p-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_auto_auto] sm:items-center sm:gap-4"
            >
              <div className="min-w-0">
                <p className="break-words font-medium">
                  {row.buyerCompany || row.buyerName || 'A buyer'}
                </p>
                <p className="break-words text-muted-foreground">
                  {[row.buyerName, view.showEmails ? row.buyerEmail : '', row.dealReference]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <p className="min-w-0 break-words text-muted-foreground">
                {row.productNames.join(', ')} · {row.repName} ·{' '}
                {row.createdAt.toLocaleDateString('en', { dateStyle: 'medium', timeZone: 'UTC' })}
              </p>
              <SessionStatusBadge status={row.status} />
              <p className="tabular-nums sm:text-right">
                {formatMoney(row.agreedTotalMinor ?? row.openingTotalMinor, row.currency)}
                <span className="block text-xs text-muted-foreground">
                  {row.agreedTotalMinor === null ? 'opening' : 'agreed'}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="flex gap-2 text-sm">
        {page.previous && (
          <Link className="underline" href={historyHref({ before: page.previous }, base)}>
            Previous page
          </Link>
        )}
        {page.next && (
          <Link className="underline" href={historyHref({ after: page.next }, base)}>
            Next page
          </Link>
        )}
      </nav>
    </main>
  )
}
