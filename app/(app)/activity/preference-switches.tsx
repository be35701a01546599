'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { emailNotificationsAction, followTeamAction } from '@/lib/activity/actions/follow'
import { useActivity } from '../activity-provider'

// The feed's two choices, each saved as it is switched (shown as asked while it saves).

const didNotSave = () => toast.error('That did not save. Try again.')

function SwitchRow(props: {
  checked: boolean
  saving: boolean
  onChange: (checked: boolean) => void
  children: React.ReactNode
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        role="switch"
        className="mt-0.5 size-4 accent-primary"
        checked={props.checked}
        disabled={props.saving}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.children}</span>
    </label>
  )
}

/** Managers and admins: the whole team's sessions in the feed, or only their own. */
export function FollowTeamSwitch({ followTeam }: { followTeam: boolean }) {
  const { refresh } = useActivity()
  const action = useAction(followTeamAction, { onSuccess: () => refresh(), onError: didNotSave })
  return (
    <SwitchRow
      checked={
        action.isExecuting
          ? Boolean(action.input?.followTeam)
          : (action.result.data?.followTeam ?? followTeam)
      }
      saving={action.isExecuting}
      onChange={(checked) => action.execute({ followTeam: checked })}
    >
      Follow the whole team&apos;s sessions (not only mine)
    </SwitchRow>
  )
}

/** Each member's own choice: an email when a buyer accepts or cancels, or a link expires. */
export function EmailSwitch({ on, mailReady }: { on: boolean; mailReady: boolean }) {
  const action = useAction(emailNotificationsAction, { onError: didNotSave })
  return (
    <SwitchRow
      checked={
        action.isExecuting
          ? Boolean(action.input?.emailNotifications)
          : (action.result.data?.emailNotifications ?? on)
      }
      saving={action.isExecuting}
      onChange={(checked) => action.execute({ emailNotifications: checked })}
    >
      Email me when a buyer accepts or cancels, or a link expires
      {!mailReady && (
        <span className="block text-muted-foreground">
          No email is sent yet: an admin sets up outgoing mail with SMTP_URL.
        </span>
      )}
    </SwitchRow>
  )
}
