'use client'

import type { ExternalToast } from 'sonner'

// Toasts without sonner in a page's first-load JavaScript: its code is fetched when the first toast
// is shown (and by the deferred Toaster, so it is usually there already). Same calls as sonner's.

type Show = (text: string, options?: ExternalToast) => void
const sonner = () => import('sonner')
const show =
  (kind?: 'success' | 'error' | 'info'): Show =>
  (text, options) =>
    void sonner().then(({ toast: sonnerToast }) =>
      kind ? sonnerToast[kind](text, options) : sonnerToast(text, options),
    )

export const toast: Show & { success: Show; error: Show; info: Show } = Object.assign(show(), {
  success: show('success'),
  error: show('error'),
  info: show('info'),
})
