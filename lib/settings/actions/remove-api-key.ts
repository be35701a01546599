'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { removeStoredApiKey } from '@/lib/settings/connection-settings-data'

export const removeApiKeyAction = actionWith('settings.manage').action(async ({ ctx }) => {
  await removeStoredApiKey(ctx.member.id)
  revalidatePath('/', 'layout')
})
