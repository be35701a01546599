'use client'

import { useDeferredModule } from './use-deferred-module'

const loadSonner = () => import('sonner')

/** Where toasts show (sonner's Toaster), loaded after the page is interactive: see toast.ts. */
export function DeferredToaster() {
  const sonner = useDeferredModule(loadSonner)
  return sonner ? <sonner.Toaster closeButton theme="system" /> : null
}
