'use server'

import { redirect } from 'next/navigation'
import { actionClient } from '@/lib/auth/action-client'
import { acceptInvitation } from '@/lib/team/invitations-data'
import { acceptInvitationSchema } from '@/lib/team/schemas'

// Public: the invitation token is the authorisation. The new member then signs in.
export const acceptInvitationAction = actionClient
  .inputSchema(acceptInvitationSchema)
  .action(async ({ parsedInput }) => {
    const { email } = await acceptInvitation(parsedInput)
    redirect(`/sign-in?joined=1&email=${encodeURIComponent(email)}`)
  })
