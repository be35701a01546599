'use server'

import { revalidatePath } from 'next/cache'
import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { AppError } from '@/lib/errors'
import { createInvitation } from '@/lib/team/invitations-data'
import { inviteMemberSchema } from '@/lib/team/schemas'

export const inviteMemberAction = actionWith('team.manage')
  .inputSchema(inviteMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    let invitation
    try {
      invitation = await createInvitation({ ...parsedInput, invitedById: ctx.member.id })
    } catch (error) {
      if (error instanceof AppError && error.code === 'MEMBER_EXISTS') {
        returnValidationErrors(inviteMemberSchema, { email: { _errors: [error.userMessage] } })
      }
      throw error
    }
    ctx.audit({
      entity: 'invitation',
      entityId: invitation.id,
      action: `invited ${parsedInput.email}`,
      after: { email: parsedInput.email, role: parsedInput.role },
    })
    revalidatePath('/team')
    // The token leaves the server once, in this answer, for the admin to copy as a link.
    return {
      invitePath: `/invite/${invitation.token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    }
  })
