'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import { duplicateSessionAction } from '@/lib/compose/actions/drafts'

type TryAgainProps = { sessionId: string; status: 'failed' | 'unknown'; ownAttempt: boolean }

/**
 * Opens the composition again. A failed attempt of one's own keeps its key (the same row is
 * retried: nothing can be created twice). An unknown outcome may have created the session, so a new
 * key (a possible second session) is used only after the rep confirms.
 */
export function TryAgain({ sessionId, status, ownAttempt }: TryAgainProps) {
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const reuseKey = status === 'failed' && ownAttempt

  async function open() {
    const result = await duplicateSessionAction({ sessionId, keepBuyer: true, reuseKey })
    if (result?.data) router.push(`/compose?draft=${result.data.draftId}`)
    else toast.error(result?.serverError ?? 'Could not open the composition.')
  }

  if (reuseKey)
    return (
      <div>
        <Button type="button" onClick={open}>
          Try again
        </Button>
      </div>
    )
  if (!confirming) {
    return (
      <div>
        <Button type="button" onClick={() => setConfirming(true)}>
          Try again
        </Button>
      </div>
    )
  }
  return (
    <div role="alert" className="grid gap-2 rounded-md border p-3 text-sm">
      <p>
        {status === 'unknown'
          ? 'If SaleSnip did create the first session, trying again makes a second one for this buyer.'
          : 'This attempt was someone else’s: trying again starts a new session of your own.'}{' '}
        Open the composition with a new key?
      </p>
      <div className="flex gap-2">
        <Button type="button" onClick={open}>
          Yes, open it with a new key
        </Button>
        <Button type="button" variant="outline" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  )
}
