'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { saveTemplate, TemplateFieldError } from '@/lib/templates/data'
import { getTemplate } from '@/lib/templates/read-data'
import { formToValues, valuesToForm } from '@/lib/templates/record'
import { templateFormSchema } from '@/lib/templates/schema'
import { nestedErrors } from '@/lib/validation-errors'

export const saveTemplateAction = actionWith('templates.write')
  .inputSchema(templateFormSchema)
  .action(async ({ parsedInput, ctx }) => {
    let result
    try {
      result = await saveTemplate({
        id: parsedInput.templateId || null,
        version: parsedInput.version,
        values: formToValues(parsedInput),
        actorId: ctx.member.id,
      })
    } catch (error) {
      if (error instanceof TemplateFieldError) {
        returnValidationErrors(
          templateFormSchema,
          nestedErrors([{ path: error.field, message: error.userMessage }]) as never,
        )
      }
      throw error
    }
    if (result.kind === 'conflict') {
      // Someone saved first: offer their values instead of overwriting them.
      const current = await getTemplate(parsedInput.templateId)
      return {
        conflict: current
          ? valuesToForm(current.values, { templateId: current.id, version: current.version })
          : null,
      }
    }
    revalidatePath('/templates')
    redirect(`/templates/${result.id}`)
  })
