'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { ROLE_LABELS } from '@/lib/auth/role-labels'
import { revokeInvitationAction } from '@/lib/team/actions/revoke-invitation'
import type { PendingInvitation } from '@/lib/team/invitations-data'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  const revoke = useAction(revokeInvitationAction)
  // Awaited rather than in callbacks: revoking the last invitation unmounts this list.
  async function revokeInvitation(invitationId: string) {
    const result = await revoke.executeAsync({ invitationId })
    if (result?.serverError) toast.error(result.serverError)
    else toast.success('Invitation revoked.')
  }
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
              onClick={() => revokeInvitation(invitation.id)}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  )
}
