import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

// A styled native <select>: the right choice for long lists (170 currencies) with typeahead.
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      className={cn(
        'flex h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-destructive',
        className,
      )}
      {...props}
    />
  )
}
