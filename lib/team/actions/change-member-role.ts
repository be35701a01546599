'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { changeMemberRole } from '@/lib/team/members-data'
import { changeRoleSchema } from '@/lib/team/schemas'

export const changeMemberRoleAction = actionWith('team.manage')
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { previousRole, name } = await changeMemberRole(parsedInput)
    ctx.audit({
      entity: 'member',
      entityId: parsedInput.memberId,
      action: `changed ${name}'s role`,
      before: { role: previousRole },
      after: { role: parsedInput.role },
    })
    revalidatePath('/team')
  })
