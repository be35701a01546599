'use server'

import { returnValidationErrors } from 'next-safe-action'
import { memberAction } from '@/lib/auth/action-client'
import { composeFormSchema } from '@/lib/sessions/compose-schema'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import { nestedErrors } from '@/lib/validation-errors'

// Every member may compose (reps live here; managers and admins may also go below a template's
// floor). The input is re-validated with the form's own schema, then everything else — guardrails,
// SaleSnip's schema on the templates as stored — runs again in createSessionFromForm.
export const createSessionAction = memberAction
  .inputSchema(composeFormSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await createSessionFromForm(parsedInput, ctx.member)
    if (outcome.kind === 'invalid') {
      returnValidationErrors(composeFormSchema, nestedErrors(outcome.issues) as never)
    }
    // No revalidatePath: the history is rendered per request anyway, and revalidating would
    // re-render the composer under the rep, whose draft was just deleted.
    return outcome
  })
