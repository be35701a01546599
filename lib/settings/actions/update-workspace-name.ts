'use server'

import { revalidatePath } from 'next/cache'
import { actionClient } from '@/lib/auth/action-client'
import { renameWorkspace } from '@/lib/settings/data'
import { workspaceNameSchema } from '@/lib/settings/workspace-schema'

// TODO(sign-in issue): restrict to admins through the action client's role middleware.
export const updateWorkspaceNameAction = actionClient
  .inputSchema(workspaceNameSchema)
  .action(async ({ parsedInput }) => {
    const workspace = await renameWorkspace(parsedInput.name)
    // The name shows in the shell of every page.
    revalidatePath('/', 'layout')
    return { name: workspace.name }
  })
