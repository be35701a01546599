'use client'

import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { toast } from '@/components/toast'
import type { Feed } from '@/lib/activity/data'

// One poller for the whole console: the header's badge and the activity page read the same feed,
// fetched every second while the tab is visible (and at once when it becomes visible again), so a new
// event shows within seconds without a reload, on any instance.

type ActivityContextValue = Feed & { refresh: () => void; markRead: (upTo: string) => void }

const EVERY_MS = 1_000
const ActivityContext = createContext<ActivityContextValue | null>(null)

export function ActivityProvider({
  initial,
  children,
}: {
  initial: Feed
  children: React.ReactNode
}) {
  const [feed, setFeed] = useState(initial)
  const inFlight = useRef(false)
  const newestShown = useRef(initial.events[0]?.at ?? '')

  const refresh = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const response = await fetch('/api/activity', { cache: 'no-store' })
      if (!response.ok) return
      const next = (await response.json()) as Feed
      // Newer than anything shown so far: said once, as a toast, wherever the member is.
      const fresh = next.events.filter((event) => event.at > newestShown.current).slice(0, 3)
      for (const event of fresh.reverse()) toast(event.text, { id: event.id })
      newestShown.current = next.events[0]?.at ?? newestShown.current
      setFeed(next)
    } catch {
      // Offline for a moment: the next tick tries again.
    } finally {
      inFlight.current = false
    }
  }, [])

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, EVERY_MS)
    const onVisible = () => document.visibilityState === 'visible' && void refresh()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [refresh])

  const markRead = useCallback((upTo: string) => {
    setFeed((current) => ({
      ...current,
      unread: current.events.filter((event) => event.at > upTo).length,
    }))
  }, [])

  return (
    <ActivityContext.Provider value={{ ...feed, refresh: () => void refresh(), markRead }}>
      {children}
    </ActivityContext.Provider>
  )
}

export function useActivity(): ActivityContextValue {
  const value = useContext(ActivityContext)
  if (!value) throw new Error('useActivity outside ActivityProvider')
  return value
}
