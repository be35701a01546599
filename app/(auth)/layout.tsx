import type { ReactNode } from 'react'

// Public pages (sign-in, accepting an invitation): a centred card, no console shell.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-muted/40 p-4">
      <div className="w-full max-w-sm rounded-lg border bg-card p-6 shadow-sm sm:p-8">
        <p className="mb-6 text-sm font-semibold text-muted-foreground">Session Studio</p>
        {children}
      </div>
    </main>
  )
}
