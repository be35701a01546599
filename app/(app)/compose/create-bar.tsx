import { Button } from '@/components/ui/button'
import { formatMoney } from '@/lib/salesnip/money'
import { cn } from '@/lib/utils'

type CreateBarProps = {
  openingTotalMinor: number | null
  currency: string
  problems: number
  /** Create was pressed once: from then on problems are shown as errors. */
  submitted: boolean
  executing: boolean
  autosave: string
}

/** Stays in view at the bottom (a phone's thumb reach): the opening total, what is left, Create. */
export function CreateBar(props: CreateBarProps) {
  const { openingTotalMinor, currency, problems, submitted, executing, autosave } = props
  return (
    <div
      role="region"
      aria-label="Create"
      className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-x-4 gap-y-1 border-t bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
    >
      <div className="min-w-0 flex-1 text-sm">
        <p>
          <span className="text-muted-foreground">Opening total </span>
          <span className="font-semibold tabular-nums">
            {openingTotalMinor === null ? '—' : formatMoney(openingTotalMinor, currency)}
          </span>
        </p>
        <p
          className={cn(
            'text-xs',
            problems && submitted ? 'text-destructive' : 'text-muted-foreground',
          )}
        >
          {problems ? `${problems} to fix before sending` : 'Ready to send'}
          {autosave && <span aria-live="polite"> · {autosave}</span>}
        </p>
      </div>
      <Button type="submit" disabled={executing} aria-keyshortcuts="Control+Enter Meta+Enter">
        {executing ? 'Creating…' : 'Create session'}
      </Button>
    </div>
  )
}
