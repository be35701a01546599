'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { revokeInvitation } from '@/lib/team/invitations-data'
import { invitationIdSchema } from '@/lib/team/schemas'

export const revokeInvitationAction = actionWith('team.manage')
  .inputSchema(invitationIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const invitation = await revokeInvitation(parsedInput.invitationId)
    ctx.audit({
      entity: 'invitation',
      entityId: parsedInput.invitationId,
      action: `revoked the invitation of ${invitation.email}`,
      before: { email: invitation.email, role: invitation.role, pending: true },
      after: { email: invitation.email, role: invitation.role, pending: false },
    })
    revalidatePath('/team')
  })
