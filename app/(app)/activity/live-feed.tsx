'use client'

import Link from 'next/link'
import { useEffect } from 'react'
import { markActivityReadAction } from '@/lib/activity/actions/follow'
import type { Feed } from '@/lib/activity/data'
import { useActivity } from '../activity-provider'
import { EventIcon } from './event-icon'

const time = (iso: string) =>
  new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The feed, newest first; seen once shown (the header's count goes to zero). `initial` is the feed
 * as the page was rendered, shown until the console's poller has its first answer.
 */
export function LiveFeed({ initial }: { initial: Feed }) {
  const live = useActivity()
  const { markRead } = live
  const { events, unread } = live.loaded ? live : initial
  const newest = events[0]?.at

  useEffect(() => {
    if (!newest || unread === 0) return
    markRead(newest)
    void markActivityReadAction({ upTo: newest })
  }, [newest, unread, markRead])

  if (events.length === 0)
    return (
      <p className="rounded-md border p-4 text-sm text-muted-foreground">
        Nothing yet. When a buyer opens a link, accepts or cancels, it shows here.
      </p>
    )
  return (
    <ol aria-label="Activity" aria-live="polite" className="grid gap-2">
      {events.map((event) => (
        <li key={event.id}>
          <Link
            href={`/history/${event.sessionId}`}
            className="flex items-start gap-3 rounded-md border p-3 text-sm hover:bg-muted"
          >
            <EventIcon kind={event.kind} />
            <span className="grid min-w-0 gap-0.5">
              <span className="font-medium break-words">{event.text}</span>
              <time dateTime={event.at} className="text-xs text-muted-foreground">
                {time(event.at)}
              </time>
            </span>
          </Link>
        </li>
      ))}
    </ol>
  )
}
