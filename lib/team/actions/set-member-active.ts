'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { setMemberActive } from '@/lib/team/members-data'
import { memberIdSchema } from '@/lib/team/schemas'

export const deactivateMemberAction = actionWith('team.manage')
  .inputSchema(memberIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await setMemberActive({ ...parsedInput, active: false, actorId: ctx.member.id })
    ctx.audit(activityChange(parsedInput.memberId, member, false))
    revalidatePath('/team')
  })

export const reactivateMemberAction = actionWith('team.manage')
  .inputSchema(memberIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await setMemberActive({ ...parsedInput, active: true, actorId: ctx.member.id })
    ctx.audit(activityChange(parsedInput.memberId, member, true))
    revalidatePath('/team')
  })

function activityChange(
  memberId: string,
  member: { wasActive: boolean; name: string },
  active: boolean,
) {
  return {
    entity: 'member',
    entityId: memberId,
    action: `${active ? 'reactivated' : 'deactivated'} ${member.name}`,
    before: { active: member.wasActive },
    after: { active },
  }
}
