'use client'

import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { toast } from '@/components/toast'
import type { Feed } from '@/lib/activity/data'

// One poller for the whole console: the header's badge and the activity page read the same feed,
// fetched as the console opens, then every second while the tab is visible (and at once when it
// becomes visible again), so a new event shows within seconds without a reload, on any instance.
// The layout does not read the feed itself: three statements less for every page, and the badge
// follows a moment after the page.

type ActivityContextValue = Feed & {
  /** The feed has been read once (until then it stands empty). */
  loaded: boolean
  refresh: () => void
  markRead: (upTo: string) => void
}

const EVERY_MS = 1_000
const ActivityContext = createContext<ActivityContextValue | null>(null)

export function ActivityProvider({ children }: { children: React.ReactNode }) {
  const [feed, setFeed] = useState<Feed | null>(null)
  const inFlight = useRef(false)
  // The newest event the member has seen or been told of; null until the first answer, which is
  // what the member finds on arrival (no toasts for it).
  const newestShown = useRef<string | null>(null)

  const refresh = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const response = await fetch('/api/activity', { cache: 'no-store' })
      if (!response.ok) return
      const next = (await response.json()) as Feed
      // Newer than anything shown so far: said once, as a toast, wherever the member is.
      const shown = newestShown.current
      if (shown !== null) {
        const fresh = next.events.filter((event) => event.at > shown).slice(0, 3)
        for (const event of fresh.reverse()) toast(event.text, { id: event.id })
      }
      newestShown.current = next.events[0]?.at ?? shown ?? ''
      setFeed(next)
    } catch {
      // Offline for a moment: the next tick tries again.
    } finally {
      inFlight.current = false
    }
  }, [])

  useEffect(() => {
    const first = setTimeout(() => void refresh(), 0) // as the console opens
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, EVERY_MS)
    const onVisible = () => document.visibilityState === 'visible' && void refresh()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [refresh])

  const markRead = useCallback((upTo: string) => {
    setFeed(
      (current) =>
        current && {
          ...current,
          unread: current.events.filter((event) => event.at > upTo).length,
        },
    )
  }, [])

  return (
    <ActivityContext.Provider
      value={{
        events: feed?.events ?? [],
        unread: feed?.unread ?? 0,
        loaded: feed !== null,
        refresh: () => void refresh(),
        markRead,
      }}
    >
      {children}
    </ActivityContext.Provider>
  )
}

export function useActivity(): ActivityContextValue {
  const value = useContext(ActivityContext)
  if (!value) throw new Error('useActivity outside ActivityProvider')
  return value
}
