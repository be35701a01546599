'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { setMemberActive } from '@/lib/team/members-data'
import { memberIdSchema } from '@/lib/team/schemas'

export const deactivateMemberAction = adminAction
  .inputSchema(memberIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setMemberActive({ memberId: parsedInput.memberId, active: false, actorId: ctx.member.id })
    revalidatePath('/team')
  })

export const reactivateMemberAction = adminAction
  .inputSchema(memberIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setMemberActive({ memberId: parsedInput.memberId, active: true, actorId: ctx.member.id })
    revalidatePath('/team')
  })
