'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from 'sonner'
import { emailNotificationsAction } from '@/lib/activity/actions/follow'

/** Each member's own choice: an email when a buyer accepts or cancels, or a link expires. */
export function EmailSwitch({ on, mailReady }: { on: boolean; mailReady: boolean }) {
  const action = useAction(emailNotificationsAction, {
    onError: () => toast.error('That did not save. Try again.'),
  })
  const saved = action.result.data?.emailNotifications ?? on
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        role="switch"
        className="mt-0.5 size-4 accent-primary"
        checked={action.isExecuting ? Boolean(action.input?.emailNotifications) : saved}
        disabled={action.isExecuting}
        onChange={(event) => action.execute({ emailNotifications: event.target.checked })}
      />
      <span>
        Email me when a buyer accepts or cancels, or a link expires
        {!mailReady && (
          <span className="block text-muted-foreground">
            No email is sent yet: an admin sets up outgoing mail with SMTP_URL.
          </span>
        )}
      </span>
    </label>
  )
}
