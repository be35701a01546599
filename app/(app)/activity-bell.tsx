'use client'

import Link from 'next/link'
import { BellIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { useActivity } from './activity-provider'

/** The header's way into the feed, with the unread count (live). */
export function ActivityBell() {
  const { unread } = useActivity()
  const count = unread >= 100 ? '99+' : String(unread)
  return (
    <Button asChild variant="ghost" size="sm" className="relative">
      <Link
        href="/activity"
        aria-label={unread ? `Activity, ${count} unread` : 'Activity, nothing unread'}
      >
        <BellIcon aria-hidden />
        {unread > 0 && (
          <span
            aria-hidden
            className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-primary px-1 text-center text-[0.65rem] leading-4 font-semibold text-primary-foreground"
          >
            {count}
          </span>
        )}
      </Link>
    </Button>
  )
}
