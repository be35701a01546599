'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { cn } from '@/lib/utils'

type NavLinksProps = {
  sections: { href: string; label: string }[]
  onNavigate?: () => void
}

export function NavLinks({ sections, onNavigate }: NavLinksProps) {
  const pathname = usePathname()
  return (
    <ul className="flex flex-col gap-1">
      {sections.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`)
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={current ? 'page' : undefined}
              className={cn(
                'block rounded-md px-3 py-2 text-sm font-medium hover:bg-muted',
                current && 'bg-accent text-accent-foreground hover:bg-accent',
              )}
            >
              {label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
