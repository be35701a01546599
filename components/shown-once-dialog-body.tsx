'use client'

import { CopyButton } from '@/components/copy-button'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

export type ShownOnceDialogProps = {
  /** The secret or link; the dialog is open while there is one. */
  value: string | null
  onClose: () => void
  title: string
  description: React.ReactNode
  label: string
  copyLabel: string
  /** Secrets read better in a fixed-width font (no l/1 or O/0 mix-ups). */
  monospace?: boolean
}

/** A secret or link the server hands out once (a token, a signing secret, an invitation): to copy now. */
export function ShownOnceDialogBody(props: ShownOnceDialogProps) {
  const id = `shown-once-${props.label.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <Dialog open={props.value !== null} onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogDescription>{props.description}</DialogDescription>
        <div className="grid gap-1.5">
          <Label htmlFor={id}>{props.label}</Label>
          <Input
            id={id}
            readOnly
            value={props.value ?? ''}
            className={props.monospace ? 'font-mono' : undefined}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <div>
          <CopyButton value={props.value ?? ''} label={props.copyLabel} />
        </div>
      </DialogContent>
    </Dialog>
  )
}
