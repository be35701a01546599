'use client'

import { FlaskConicalIcon, XIcon } from 'lucide-react'
import Link from 'next/link'
import { useSyncExternalStore } from 'react'

const DISMISSED_KEY = 'sandbox-banner-dismissed'
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const isDismissed = () => window.sessionStorage.getItem(DISMISSED_KEY) === '1'

/**
 * While no SaleSnip key is set: nothing reaches the real SaleSnip. One line, and dismissed for the
 * browser session (sessionStorage), since a rep trying the app needs telling once, not on every page.
 */
export function SandboxBanner({ canConfigure }: { canConfigure: boolean }) {
  const dismissed = useSyncExternalStore(subscribe, isDismissed, () => false)
  if (dismissed) return null
  function dismiss() {
    window.sessionStorage.setItem(DISMISSED_KEY, '1')
    listeners.forEach((listener) => listener())
  }
  return (
    <div
      role="region"
      aria-label="Sandbox mode"
      className="flex items-center gap-2 border-b bg-accent px-4 py-1.5 text-sm text-accent-foreground sm:px-6"
    >
      <FlaskConicalIcon className="size-4 shrink-0" aria-hidden />
      <p className="min-w-0 flex-1 truncate">
        <strong>Sandbox mode</strong>
        <span className="max-sm:sr-only">
          : links go to the local sandbox, not to SaleSnip.
        </span>{' '}
        {canConfigure ? (
          <Link href="/settings" className="underline underline-offset-4">
            Set an API key
          </Link>
        ) : (
          'An admin can set an API key.'
        )}
      </p>
      <button
        type="button"
        onClick={dismiss}
        className="-mr-1 rounded p-1 hover:bg-background/40 focus-visible:outline-2 focus-visible:outline-ring"
      >
        <XIcon aria-hidden className="size-4" />
        <span className="sr-only">Dismiss the sandbox notice</span>
      </button>
    </div>
  )
}
