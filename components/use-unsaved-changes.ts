'use client'

import { useEffect } from 'react'

const MESSAGE = 'You have unsaved changes. Leave this page and lose them?'

/** Set while a page holds unsaved changes; read by navigation that does not go through a link. */
let guarded = false

/**
 * Asks before a navigation made in code (the command palette, a keyboard shortcut). True when
 * there is nothing to lose or the person agreed to leave.
 */
export function confirmLeave(): boolean {
  return !guarded || window.confirm(MESSAGE)
}

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab (beforeunload),
 * following a link inside the app (the App Router has no navigation guard, so link clicks are
 * caught on their way down), navigating in code (`confirmLeave`), and Back or Forward.
 *
 * Back and Forward cannot be cancelled, so a copy of the current entry is pushed in front of it:
 * Back first lands on the same page (nothing changes), then asks; staying pushes the copy again,
 * leaving goes back once more, past the real entry.
 */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return
    guarded = true
    let leaving = false
    // Next's own state is copied with the entry, so its router restores this same page.
    window.history.pushState(window.history.state, '', window.location.href)
    function onPopState() {
      if (leaving) return
      if (window.confirm(MESSAGE)) {
        leaving = true
        guarded = false
        window.history.back()
      } else {
        window.history.pushState(window.history.state, '', window.location.href)
      }
    }
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault()
    }
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
      if (link.origin !== window.location.origin) return
      if (window.confirm(MESSAGE)) {
        guarded = false
      } else {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('popstate', onPopState)
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      guarded = false
      window.removeEventListener('popstate', onPopState)
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [dirty])
}
