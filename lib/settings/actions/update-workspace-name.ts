'use server'

import { revalidatePath } from 'next/cache'
import { adminAction } from '@/lib/auth/action-client'
import { renameWorkspace } from '@/lib/settings/data'
import { workspaceNameSchema } from '@/lib/settings/workspace-schema'

export const updateWorkspaceNameAction = adminAction
  .inputSchema(workspaceNameSchema)
  .action(async ({ parsedInput }) => {
    const workspace = await renameWorkspace(parsedInput.name)
    // The name shows in the shell of every page.
    revalidatePath('/', 'layout')
    return { name: workspace.name }
  })
