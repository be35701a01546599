'use client'

import { MoreHorizontalIcon } from 'lucide-react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from 'sonner'
import { QrCode } from '@/components/qr-code'
import { SessionStatusBadge } from '@/components/session-status-badge'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { formatMoney } from '@/lib/salesnip/money'
import { duplicateSessionAction } from '@/lib/compose/actions/drafts'
import type { HistoryRow } from '@/lib/history/data'

type Row = HistoryRow & { age: string }

const SHOWN_PRODUCTS = 2

export function HistoryTable({ rows }: { rows: Row[] }) {
  const [qrFor, setQrFor] = useState<Row | null>(null)
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Sessions</caption>
        <thead className="bg-muted/50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Buyer
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Company
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Rep
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Products
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Currency
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Opening total
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Created
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const buyer = row.buyerName || row.buyerEmail || 'No buyer named'
            const more = row.productCount - SHOWN_PRODUCTS
            return (
              <tr key={row.id} className="border-t align-top">
                <td className="px-3 py-2">
                  <Link
                    href={`/history/${row.id}`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {buyer}
                  </Link>
                  {row.buyerEmail && row.buyerName && (
                    <div className="text-xs text-muted-foreground">{row.buyerEmail}</div>
                  )}
                </td>
                <td className="px-3 py-2">{row.buyerCompany}</td>
                <td className="px-3 py-2">{row.repName}</td>
                <td className="px-3 py-2">
                  {row.productNames.slice(0, SHOWN_PRODUCTS).join(', ')}
                  {more > 0 && <span className="text-muted-foreground"> +{more} more</span>}
                </td>
                <td className="px-3 py-2">{row.currency}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {formatMoney(row.openingTotalMinor, row.currency)}
                </td>
                <td className="px-3 py-2">
                  <SessionStatusBadge status={row.status} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap" title={row.createdAt.toISOString()}>
                  {row.age}
                </td>
                <td className="px-3 py-2 text-right">
                  <RowActions row={row} buyer={buyer} onQr={() => setQrFor(row)} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <Dialog open={qrFor !== null} onOpenChange={(open) => !open && setQrFor(null)}>
        <DialogContent className="max-w-sm">
          <DialogTitle>Link for {qrFor?.buyerName || 'the buyer'}</DialogTitle>
          <DialogDescription className="break-all">{qrFor?.url}</DialogDescription>
          {qrFor?.url && <QrCode value={qrFor.url} />}
        </DialogContent>
      </Dialog>
    </div>
  )
}

function RowActions({ row, buyer, onQr }: { row: Row; buyer: string; onQr: () => void }) {
  const router = useRouter()
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(row.url ?? '')
      toast.success('Link copied.')
    } catch {
      toast.error('Could not copy: open the session and copy the link by hand.')
    }
  }
  async function duplicate() {
    const result = await duplicateSessionAction({ sessionId: row.id, keepBuyer: true })
    if (result?.data) router.push(`/compose?draft=${result.data.draftId}`)
    else toast.error(result?.serverError ?? 'Could not duplicate this session.')
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Actions for ${buyer}`}>
          <MoreHorizontalIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {row.url && (
          <>
            <DropdownMenuItem onSelect={copyLink}>Copy link</DropdownMenuItem>
            <DropdownMenuItem asChild>
              <a href={row.url} target="_blank" rel="noreferrer">
                Open link
              </a>
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={onQr}>Show QR code</DropdownMenuItem>
          </>
        )}
        <DropdownMenuItem onSelect={duplicate}>Duplicate into a new draft</DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href={`/history/${row.id}`}>Details</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
