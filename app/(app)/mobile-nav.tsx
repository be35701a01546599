'use client'

import { useState } from 'react'
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/components/ui/sheet'
import { NavigationButton } from './header-buttons'
import { NavLinks } from './nav-links'

type MobileNavProps = { sections: { href: string; label: string }[]; workspaceName: string }

/** The navigation on small screens: a button that opens it in a side sheet. */
export function MobileNav({ sections, workspaceName }: MobileNavProps) {
  const [open, setOpen] = useState(false)
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <NavigationButton />
      </SheetTrigger>
      <SheetContent aria-describedby={undefined}>
        <SheetTitle className="px-2 pt-1 text-sm font-semibold">{workspaceName}</SheetTitle>
        <nav aria-label="Main">
          <NavLinks sections={sections} onNavigate={() => setOpen(false)} />
        </nav>
      </SheetContent>
    </Sheet>
  )
}
