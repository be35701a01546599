'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { actionWith } from '@/lib/auth/action-client'
import { duplicateTemplate, setTemplateArchived } from '@/lib/templates/data'
import { templateIdSchema } from '@/lib/templates/schema'

export const duplicateTemplateAction = actionWith('templates.write')
  .inputSchema(templateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const id = await duplicateTemplate(parsedInput.templateId, ctx.member.id)
    revalidatePath('/templates')
    redirect(`/templates/${id}/edit`)
  })

export const archiveTemplateAction = actionWith('templates.write')
  .inputSchema(templateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setTemplateArchived({
      id: parsedInput.templateId,
      archived: true,
      actorId: ctx.member.id,
    })
    revalidatePath('/templates')
    revalidatePath(`/templates/${parsedInput.templateId}`)
  })

export const restoreTemplateAction = actionWith('templates.write')
  .inputSchema(templateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setTemplateArchived({
      id: parsedInput.templateId,
      archived: false,
      actorId: ctx.member.id,
    })
    revalidatePath('/templates')
    revalidatePath(`/templates/${parsedInput.templateId}`)
  })
