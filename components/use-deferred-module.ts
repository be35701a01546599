'use client'

import { useEffect, useState } from 'react'

/**
 * A module loaded once the page is interactive, not with it: the console's header menus, command
 * palette and toasts are wanted on every page but rarely in its first second, and their code
 * (Radix, cmdk, sonner) was a third of each page's first-load JavaScript. Null until it has loaded;
 * the caller shows a stand-in meanwhile. `load` must be a stable function (declared at module level)
 * whose `import()` names the module, so the bundler gives it a chunk of its own.
 */
export function useDeferredModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null)
  useEffect(() => {
    let mounted = true
    void load().then((module) => mounted && setLoaded({ module }))
    return () => {
      mounted = false
    }
  }, [load])
  return loaded?.module ?? null
}
