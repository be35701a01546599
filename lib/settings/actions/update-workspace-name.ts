'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { renameWorkspace } from '@/lib/settings/data'
import { workspaceNameSchema } from '@/lib/settings/workspace-schema'

export const updateWorkspaceNameAction = actionWith('settings.manage')
  .inputSchema(workspaceNameSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { before, workspace } = await renameWorkspace(parsedInput.name)
    ctx.audit({
      entity: 'workspace',
      entityId: 'default',
      action: 'renamed the workspace',
      before: { name: before.name },
      after: { name: workspace.name },
    })
    // The name shows in the shell of every page.
    revalidatePath('/', 'layout')
    return { name: workspace.name }
  })
