'use server'

import { revalidatePath } from 'next/cache'
import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { AppError } from '@/lib/errors'
import { createInvitation } from '@/lib/team/invitations-data'
import { inviteMemberSchema } from '@/lib/team/schemas'
import { invitationEmail } from '@/lib/mail/messages'
import { mailConfigured, queueMail } from '@/lib/mail/send'
import { getWorkspace } from '@/lib/settings/data'
import { consoleAddress } from '@/lib/settings/public-links'

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
    const emailed = await emailInvitation({
      to: parsedInput.email,
      role: parsedInput.role,
      inviterName: ctx.member.name,
      token: invitation.token,
      expiresAt: invitation.expiresAt,
    })
    // The token leaves the server once, in this answer, for the admin to copy as a link.
    return {
      invitePath: `/invite/${invitation.token}`,
      expiresAt: invitation.expiresAt.toISOString(),
      emailed,
    }
  })

async function emailInvitation(input: {
  to: string
  role: string
  inviterName: string
  token: string
  expiresAt: Date
}): Promise<boolean> {
  if (!mailConfigured()) return false
  const base = await consoleAddress()
  if (!base) return false
  const workspace = await getWorkspace()
  return queueMail({
    to: input.to,
    ...invitationEmail({
      inviterName: input.inviterName,
      workspaceName: workspace.name,
      role: input.role,
      link: `${base}/invite/${input.token}`,
      expiresAt: input.expiresAt,
    }),
  })
}
