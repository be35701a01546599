'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { changeMemberRole } from '@/lib/team/members-data'
import { changeRoleSchema } from '@/lib/team/schemas'

export const changeMemberRoleAction = adminAction
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput }) => {
    await changeMemberRole(parsedInput)
    revalidatePath('/team')
  })
