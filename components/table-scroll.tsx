import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

type TableScrollProps = { label: string; className?: string; children: ReactNode }

/**
 * A wide table that scrolls sideways inside itself on a narrow screen, never the page. Focusable
 * and named, so a keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, className, children }: TableScrollProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        'relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
        className,
      )}
    >
      {children}
    </div>
  )
}
