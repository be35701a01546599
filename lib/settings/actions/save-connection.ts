'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { connectionSettingsSchema } from '@/lib/settings/connection-schema'
import { saveConnectionSettings } from '@/lib/settings/salesnip-connection'

export const saveConnectionAction = adminAction
  .inputSchema(connectionSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await saveConnectionSettings(parsedInput, ctx.member.id)
    revalidatePath('/', 'layout') // the sandbox banner shows on every page
  })
