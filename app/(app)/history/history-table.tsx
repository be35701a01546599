'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { SessionStatusBadge } from '@/components/session-status-badge'
import { Badge } from '@/components/ui/badge'
import { useDeferredModule } from '@/components/use-deferred-module'
import { formatMoney } from '@/lib/salesnip/money'
import type { HistoryRow } from '@/lib/history/data'
import { formatDiscount } from '@/lib/outcomes/summary'
import { wasAccepted } from '@/lib/sessions/status'
import { cn } from '@/lib/utils'
import { IconSprite } from '@/components/icon-sprite'
import { CopyLinkButton, RowActionsButton, ROW_ICONS } from './row-buttons'

type Row = HistoryRow & { age: string }

const SHOWN_PRODUCTS = 2

// One table for every width: columns on a desk, and on a phone (below md) each row is a card of
// what a rep scans for (buyer, company, status, total, age, copy link); the rest is on its page.
const phoneHidden = 'max-md:hidden'

// The rows' menus and QR dialog, after the page (see row-actions.tsx).
const loadRowActions = () => import('./row-actions')

export function HistoryTable({ rows }: { rows: Row[] }) {
  const router = useRouter()
  const [qrFor, setQrFor] = useState<Row | null>(null)
  const actions = useDeferredModule(loadRowActions)
  const heads: [string, string?][] = [
    ['Buyer'],
    ['Company'],
    ['Rep'],
    ['Products'],
    ['Opening total', 'text-right'],
    ['Agreed total', 'text-right'],
    ['Discount', 'text-right'],
    ['Status'],
    ['Created'],
  ]
  return (
    <div className="relative rounded-lg border md:overflow-x-auto">
      <IconSprite icons={ROW_ICONS} />
      <table className="w-full text-sm max-md:block">
        <caption className="sr-only">Sessions</caption>
        <thead className="bg-muted/50 text-left max-md:sr-only">
          <tr>
            {heads.map(([label, align]) => (
              <th key={label} scope="col" className={cn('px-3 py-2 font-medium', align)}>
                {label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="max-md:block">
          {rows.map((row) => {
            const buyer = row.buyerName || row.buyerEmail || 'No buyer named'
            const more = row.productCount - SHOWN_PRODUCTS
            const accepted = wasAccepted(row.status) && row.agreedTotalMinor !== null
            const href = `/history/${row.id}`
            return (
              <tr
                key={row.id}
                // The whole row opens the session; the buyer's name is the link for keyboards
                // and screen readers, the menu and the copy button keep their own clicks.
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a, button, [role="menuitem"]')) return
                  if (window.getSelection()?.toString()) return
                  router.push(href)
                }}
                className="cursor-pointer border-t align-top hover:bg-muted/40 max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:gap-x-3 max-md:px-3 max-md:py-2 max-md:first:border-t-0"
              >
                <td className="px-3 py-2 max-md:p-0">
                  <Link href={href} className="font-medium underline-offset-2 hover:underline">
                    {buyer}
                  </Link>
                  {row.buyerEmail && row.buyerName && (
                    <div className="text-xs break-all text-muted-foreground max-md:hidden">
                      {row.buyerEmail}
                    </div>
                  )}
                </td>
                <td className="px-3 py-2 max-md:col-start-1 max-md:p-0 max-md:text-muted-foreground">
                  {row.buyerCompany}
                </td>
                <td className={cn('px-3 py-2', phoneHidden)}>{row.repName}</td>
                <td className={cn('px-3 py-2', phoneHidden)}>
                  {row.productNames.slice(0, SHOWN_PRODUCTS).join(', ')}
                  {more > 0 && <span className="text-muted-foreground"> +{more} more</span>}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums max-md:col-start-1 max-md:p-0 max-md:text-left">
                  <span className="md:hidden">Opening </span>
                  {formatMoney(row.openingTotalMinor, row.currency)}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums max-md:col-start-1 max-md:p-0 max-md:text-left max-md:empty:hidden">
                  {accepted ? (
                    <>
                      <span className="md:hidden">Agreed </span>
                      {formatMoney(row.agreedTotalMinor!, row.currency)}
                    </>
                  ) : (
                    <span className="max-md:hidden">
                      <span aria-hidden>—</span>
                      <span className="sr-only">Nothing agreed</span>
                    </span>
                  )}
                </td>
                <td
                  className={cn('px-3 py-2 text-right whitespace-nowrap tabular-nums', phoneHidden)}
                >
                  {accepted ? formatDiscount(row.discountBp) : '—'}
                </td>
                <td className="px-3 py-2 max-md:col-start-2 max-md:row-start-1 max-md:p-0 max-md:text-right">
                  <div className="flex flex-wrap gap-1 max-md:justify-end">
                    <SessionStatusBadge status={row.status} />
                    {row.belowFloor && <Badge tone="negative">Below a floor</Badge>}
                  </div>
                </td>
                <td
                  className="px-3 py-2 whitespace-nowrap max-md:col-start-2 max-md:row-start-2 max-md:p-0 max-md:text-right max-md:text-xs max-md:text-muted-foreground"
                  title={row.createdAt.toISOString()}
                >
                  {row.age}
                </td>
                <td className="px-3 py-2 text-right max-md:col-start-2 max-md:row-span-2 max-md:row-start-3 max-md:p-0">
                  <div className="flex justify-end gap-1">
                    {row.url && <CopyLinkButton url={row.url} buyer={buyer} />}
                    {actions ? (
                      <actions.RowActionsMenu row={row} buyer={buyer} onQr={() => setQrFor(row)} />
                    ) : (
                      <RowActionsButton buyer={buyer} disabled />
                    )}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {actions && <actions.QrDialog row={qrFor} onClose={() => setQrFor(null)} />}
    </div>
  )
}
