import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { DeferredToaster } from '@/components/deferred-toaster'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Session Studio', template: '%s · Session Studio' },
  description:
    'Compose SaleSnip negotiation sessions, keep the product catalogue, share the links.',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#15171c' },
  ],
}

// Every page is rendered per request: each response carries a fresh CSP nonce (proxy.ts), which Next
// puts on its scripts only in dynamic rendering.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection()
  return (
    <html lang="en">
      <body>
        {children}
        <DeferredToaster />
      </body>
    </html>
  )
}
