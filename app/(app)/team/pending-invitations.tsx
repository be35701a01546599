'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { ROLE_LABELS } from '@/lib/auth/roles'
import { revokeInvitationAction } from '@/lib/team/actions/revoke-invitation'
import type { PendingInvitation } from '@/lib/team/invitations-data'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  const revoke = useAction(revokeInvitationAction, {
    onSuccess: () => toast.success('Invitation revoked.'),
    onError: ({ error }) => toast.error(error.serverError ?? 'Could not revoke the invitation.'),
  })
  return (
    <Card aria-labelledby="invitations-title">
      <CardTitle id="invitations-title">Pending invitations</CardTitle>
      <ul className="mt-3 divide-y">
        {invitations.map((invitation) => (
          <li
            key={invitation.id}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm"
          >
            <span className="font-medium">{invitation.email}</span>
            <span className="text-muted-foreground">
              {ROLE_LABELS[invitation.role]} · invited by {invitation.invitedBy} · expires{' '}
              {dateFormat.format(invitation.expiresAt)}
            </span>
            <Button
              variant="ghost"
              size="sm"
              className="ml-auto"
              aria-label={`Revoke the invitation of ${invitation.email}`}
              disabled={revoke.isExecuting}
              onClick={() => revoke.execute({ invitationId: invitation.id })}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  )
}
