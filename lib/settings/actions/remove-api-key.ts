'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { removeStoredApiKey } from '@/lib/settings/salesnip-connection'

export const removeApiKeyAction = adminAction.action(async ({ ctx }) => {
  await removeStoredApiKey(ctx.member.id)
  revalidatePath('/', 'layout')
})
