import Link from 'next/link'
import { CopyButton } from '@/components/copy-button'
import { SessionStatusBadge } from '@/components/session-status-badge'
import { Card, CardTitle } from '@/components/ui/card'
import type { HistoryRow } from '@/lib/history/data'
import { formatMoney } from '@/lib/salesnip/money'

type SessionListProps = {
  id: string
  title: string
  empty: string
  rows: (HistoryRow & { age: string })[]
  more: { href: string; label: string }
  /** The status of each (my links), or the agreed total and the rep (the team's wins). */
  show: 'status' | 'agreed'
}

/** A few sessions for the home page, each opening its page; the full list is one link away. */
export function SessionList({ id, title, empty, rows, more, show }: SessionListProps) {
  return (
    <Card aria-labelledby={`${id}-title`} className="grid content-start gap-3">
      <CardTitle id={`${id}-title`}>{title}</CardTitle>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {rows.map((row) => {
            const buyer = row.buyerName || row.buyerEmail || 'No buyer named'
            return (
              <li key={row.id} className="flex min-w-0 items-center gap-2">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/history/${row.id}`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {buyer}
                  </Link>
                  <p className="truncate text-xs text-muted-foreground">
                    {[row.buyerCompany, show === 'agreed' ? row.repName : '', row.age]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </div>
                {show === 'status' ? (
                  <SessionStatusBadge status={row.status} />
                ) : (
                  <span className="font-medium tabular-nums">
                    {row.agreedTotalMinor === null
                      ? '—'
                      : formatMoney(row.agreedTotalMinor, row.currency)}
                  </span>
                )}
                {show === 'status' && row.url && (
                  <CopyButton value={row.url} label="Copy link" srLabel={`for ${buyer}`} />
                )}
              </li>
            )
          })}
        </ul>
      )}
      <Link href={more.href} className="text-sm underline underline-offset-4">
        {more.label}
      </Link>
    </Card>
  )
}
