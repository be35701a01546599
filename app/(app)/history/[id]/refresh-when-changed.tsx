'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the page once when the streamed read-back changed what the page showed above it (its
 * status, its agreed figures). The second render finds the outcome fresh, so it never loops.
 */
export function RefreshWhenChanged({ changed }: { changed: boolean }) {
  const router = useRouter()
  useEffect(() => {
    if (changed) router.refresh()
  }, [changed, router])
  return null
}
