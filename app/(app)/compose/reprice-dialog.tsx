'use client'

import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
} from '@/components/ui/dialog'
import type { Currency } from '@/lib/salesnip/currency-list'

type RepriceDialogProps = {
  /** The currency asked for, while the rep decides; null when nothing is asked. */
  pendingCurrency: Currency | null
  currency: string
  onKeep: () => void
  onReprice: (next: Currency) => void
}

/** Asked before a change of currency replaces prices the rep edited (loaded after the page). */
export function RepriceDialog({
  pendingCurrency,
  currency,
  onKeep,
  onReprice,
}: RepriceDialogProps) {
  return (
    <Dialog open={pendingCurrency !== null} onOpenChange={(open) => !open && onKeep()}>
      <DialogContent>
        <DialogTitle>Re-price every line in {pendingCurrency}?</DialogTitle>
        <DialogDescription>
          Some prices were edited. Switching the currency prices every product and cross-sell afresh
          from its template, and your edited prices are replaced.
        </DialogDescription>
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Keep {currency}
            </Button>
          </DialogClose>
          <Button type="button" onClick={() => pendingCurrency && onReprice(pendingCurrency)}>
            Re-price in {pendingCurrency}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  )
}
