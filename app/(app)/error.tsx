'use client'

import { Button } from '@/components/ui/button'

// Shown when a page of the console fails; the details stay in the server log.
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="grid gap-3">
      <h1 className="text-xl font-semibold">This page could not be shown</h1>
      <p className="text-muted-foreground">Something went wrong on our side. Please try again.</p>
      <div>
        <Button onClick={reset}>Try again</Button>
      </div>
    </div>
  )
}
