'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { revokeInvitation } from '@/lib/team/invitations-data'
import { invitationIdSchema } from '@/lib/team/schemas'

export const revokeInvitationAction = adminAction
  .inputSchema(invitationIdSchema)
  .action(async ({ parsedInput }) => {
    await revokeInvitation(parsedInput.invitationId)
    revalidatePath('/team')
  })
