import type { ReactNode } from 'react'
import { Label } from '@/components/ui/label'

type FormFieldProps = {
  id: string
  label: ReactNode
  /** For repeated rows: labels shown once above the rows on wide screens (still read per row). */
  labelClassName?: string
  error?: string
  hint?: string
  /** The control; spread `controlProps(id, error)` on it. */
  children: ReactNode
}

/** A label, a control and its hint and error, wired together for assistive technology. */
export function FormField({ id, label, labelClassName, error, hint, children }: FormFieldProps) {
  return (
    <div className="grid gap-1.5" data-invalid={error ? true : undefined}>
      <Label htmlFor={id} className={labelClassName}>
        {label}
      </Label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="text-sm text-destructive empty:hidden" aria-live="polite">
        {error}
      </p>
    </div>
  )
}

function describedBy(id: string, { hint }: { hint?: boolean } = {}): string {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`
}

/** The control's side of that wiring: its id, its invalid state, and what describes it. */
export function controlProps(id: string, error: unknown, { hint }: { hint?: boolean } = {}) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint }),
  } as const
}
