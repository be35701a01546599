'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { connectionSettingsSchema } from '@/lib/settings/connection-schema'
import { saveConnectionSettings } from '@/lib/settings/connection-settings-data'

export const saveConnectionAction = actionWith('settings.manage')
  .inputSchema(connectionSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await saveConnectionSettings(parsedInput, ctx.member.id)
    revalidatePath('/', 'layout') // the sandbox banner shows on every page
  })
