'use client'

import { useEffect } from 'react'

const MESSAGE = 'You have unsaved changes. Leave this page and lose them?'

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab (beforeunload), and
 * following a link inside the app (the App Router has no navigation guard, so link clicks are
 * caught on their way down). Back and forward are not intercepted.
 */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault()
    }
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
      if (link.origin !== window.location.origin) return
      if (!window.confirm(MESSAGE)) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [dirty])
}
