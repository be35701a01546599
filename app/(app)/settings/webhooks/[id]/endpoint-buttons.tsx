'use client'

import { useAction } from 'next-safe-action/hooks'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import {
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  setWebhookEndpointEnabledAction,
} from '@/lib/activity/actions/webhooks'

export function ResendButton({ deliveryId }: { deliveryId: string }) {
  const resend = useAction(resendWebhookDeliveryAction)
  const router = useRouter()
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={resend.isExecuting}
      onClick={async () => {
        const result = await resend.executeAsync({ deliveryId })
        if (result?.serverError) toast.error(result.serverError)
        else {
          toast.success('Sent again: a new delivery is on its way.')
          setTimeout(() => router.refresh(), 1_500)
        }
      }}
    >
      Resend
    </Button>
  )
}

export function EndpointSwitch({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const change = useAction(setWebhookEndpointEnabledAction)
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={change.isExecuting}
      onClick={async () => {
        const result = await change.executeAsync({ endpointId, enabled: !enabled })
        if (result?.serverError) toast.error(result.serverError)
        else toast.success(enabled ? 'The endpoint is disabled.' : 'The endpoint is enabled.')
      }}
    >
      {enabled ? 'Disable' : 'Enable'}
    </Button>
  )
}

export function RemoveEndpointButton({ endpointId }: { endpointId: string }) {
  const remove = useAction(deleteWebhookEndpointAction)
  const router = useRouter()
  return (
    <Button
      variant="destructive"
      size="sm"
      disabled={remove.isExecuting}
      onClick={async () => {
        if (!window.confirm('Remove this endpoint and its delivery log?')) return
        const result = await remove.executeAsync({ endpointId })
        if (result?.serverError) toast.error(result.serverError)
        else {
          toast.success('The endpoint is removed.')
          router.push('/settings')
        }
      }}
    >
      Remove
    </Button>
  )
}
