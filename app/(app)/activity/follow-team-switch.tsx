'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from 'sonner'
import { followTeamAction } from '@/lib/activity/actions/follow'
import { useActivity } from '../activity-provider'

/** Managers and admins: the whole team's sessions in the feed, or only their own. */
export function FollowTeamSwitch({ followTeam }: { followTeam: boolean }) {
  const { refresh } = useActivity()
  const action = useAction(followTeamAction, {
    onSuccess: () => refresh(),
    onError: () => toast.error('That did not save. Try again.'),
  })
  const saved = action.result.data?.followTeam ?? followTeam
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        role="switch"
        className="size-4 accent-primary"
        checked={action.isExecuting ? Boolean(action.input?.followTeam) : saved}
        disabled={action.isExecuting}
        onChange={(event) => action.execute({ followTeam: event.target.checked })}
      />
      Follow the whole team&apos;s sessions (not only mine)
    </label>
  )
}
