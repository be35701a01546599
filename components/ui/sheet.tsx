'use client'

import { XIcon } from 'lucide-react'
import { Dialog as Primitive } from 'radix-ui'
import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

// A dialog that slides in from the side: the navigation on small screens.
export const Sheet = Primitive.Root
export const SheetTrigger = Primitive.Trigger
export const SheetTitle = Primitive.Title

export function SheetContent({
  className,
  children,
  ...props
}: ComponentProps<typeof Primitive.Content>) {
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <Primitive.Content
        className={cn(
          'fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-4 border-r bg-background p-4 shadow-lg',
          className,
        )}
        {...props}
      >
        {children}
        <Primitive.Close className="absolute top-3 right-3 rounded-md p-1.5 hover:bg-muted">
          <XIcon className="size-4" aria-hidden />
          <span className="sr-only">Close navigation</span>
        </Primitive.Close>
      </Primitive.Content>
    </Primitive.Portal>
  )
}
