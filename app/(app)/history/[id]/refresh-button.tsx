'use client'

import { RefreshCwIcon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import { refreshOutcomeAction } from '@/lib/outcomes/actions/refresh-outcome'

/** Reads the negotiation from SaleSnip now. */
export function RefreshButton({ sessionId }: { sessionId: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  async function refresh() {
    setBusy(true)
    const result = await refreshOutcomeAction({ sessionId })
    setBusy(false)
    const data = result?.data
    if (data?.kind === 'refreshed') {
      toast.success('Read from SaleSnip just now.')
      router.refresh()
    } else if (data?.kind === 'throttled') {
      toast.info(`Read from SaleSnip moments ago. Try again in ${data.retryAfterSeconds} s.`)
      router.refresh()
    } else {
      toast.error(
        data?.kind === 'failed'
          ? data.message
          : (result?.serverError ?? 'SaleSnip never created this session.'),
      )
    }
  }
  return (
    <Button type="button" variant="outline" onClick={refresh} disabled={busy}>
      <RefreshCwIcon aria-hidden className={busy ? 'animate-spin' : undefined} />
      {busy ? 'Refreshing…' : 'Refresh'}
    </Button>
  )
}
