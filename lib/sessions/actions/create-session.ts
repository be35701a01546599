'use server'

import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { metrics } from '@/lib/metrics'
import { composeFormSchema } from '@/lib/compose/schema'
import { createSessionFromForm } from '@/lib/sessions/create-session'
import { nestedErrors } from '@/lib/validation-errors'
import { resolveConnection } from '@/lib/settings/connection-data'
import { publicLinks } from '@/lib/settings/public-links'

// Every member may compose (reps live here; managers and admins may also go below a template's
// floor). The input is re-validated with the form's own schema, then everything else — guardrails,
// SaleSnip's schema on the templates as stored — runs again in createSessionFromForm.
export const createSessionAction = actionWith('sessions.create')
  .inputSchema(composeFormSchema)
  .action(async ({ parsedInput, ctx }) => {
    const connection = await resolveConnection()
    const links = await publicLinks(connection)
    const outcome = await createSessionFromForm(parsedInput, ctx.member, { connection, links })
    metrics.creates.inc({
      result: outcome.kind === 'created' && outcome.replay ? 'replay' : outcome.kind,
    })
    if (outcome.kind === 'invalid') {
      returnValidationErrors(composeFormSchema, nestedErrors(outcome.issues) as never)
    }
    if (outcome.kind === 'created' && !outcome.replay) {
      ctx.audit({
        entity: 'session',
        entityId: outcome.session.id,
        action: `created a session for ${parsedInput.buyer.name || 'a buyer'}`,
        after: { salesnipId: outcome.session.salesnipId, currency: outcome.session.currency },
      })
    } else if (outcome.kind === 'failed' || outcome.kind === 'unknown') {
      ctx.audit({
        entity: 'session',
        entityId: outcome.sessionId,
        action: `tried to create a session (${outcome.kind})`,
        after: { status: outcome.kind, message: outcome.message },
      })
    }
    // No revalidatePath: the history is rendered per request anyway, and revalidating would
    // re-render the composer under the rep, whose draft was just deleted.
    return outcome
  })
