'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/toast'
import { QrCode } from '@/components/qr-code'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { duplicateSessionAction } from '@/lib/compose/actions/drafts'
import type { HistoryRow } from '@/lib/history/data'
import { copyLink, RowActionsButton } from './row-buttons'

// A history row's menu and its QR code dialog, loaded after the page (history-table.tsx): Radix's
// menu and dialog are a fifth of the page's JavaScript and are opened on few visits.

export function RowActionsMenu({
  row,
  buyer,
  onQr,
}: {
  row: HistoryRow
  buyer: string
  onQr: () => void
}) {
  const router = useRouter()
  async function duplicate() {
    const result = await duplicateSessionAction({ sessionId: row.id, keepBuyer: true })
    if (result?.data) router.push(`/compose?draft=${result.data.draftId}`)
    else toast.error(result?.serverError ?? 'Could not duplicate this session.')
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <RowActionsButton buyer={buyer} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {row.url && (
          <>
            <DropdownMenuItem onSelect={() => copyLink(row.url ?? '')}>Copy link</DropdownMenuItem>
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

/** The QR code of a row's link, for a buyer across the table. */
export function QrDialog({ row, onClose }: { row: HistoryRow | null; onClose: () => void }) {
  return (
    <Dialog open={row !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-sm">
        <DialogTitle>Link for {row?.buyerName || 'the buyer'}</DialogTitle>
        <DialogDescription className="break-all">{row?.url}</DialogDescription>
        {row?.url && <QrCode value={row.url} />}
      </DialogContent>
    </Dialog>
  )
}
