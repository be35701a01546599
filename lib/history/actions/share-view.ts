'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { AppError } from '@/lib/errors'
import { parseHistoryQuery } from '@/lib/history/query'
import { createSharedViewSchema, revokeSharedViewSchema } from '@/lib/history/share-schema'
import { createSharedView, revokeSharedView } from '@/lib/history/shared-views-data'

// A filtered History view as a read-only link for someone without an account (a sales director,
// finance). The link is in this answer only; Settings lists the views, their visits, and revokes.

export const createSharedViewAction = actionWith('history.share')
  .inputSchema(createSharedViewSchema)
  .action(async ({ parsedInput, ctx }) => {
    const params = Object.fromEntries(new URLSearchParams(parsedInput.view))
    const { after, before, ...query } = parseHistoryQuery(params)
    void [after, before]
    // "My sessions" means the sharer's, whoever opens the link.
    if (query.rep === 'me') query.rep = ctx.member.id
    const made = await createSharedView({
      name: parsedInput.name,
      query,
      showEmails: parsedInput.showEmails,
      expiresAt: new Date(`${parsedInput.expiresOn}T23:59:59.999Z`),
      createdById: ctx.member.id,
    })
    ctx.audit({
      entity: 'shared-view',
      entityId: made.id,
      action: `shared the history view "${parsedInput.name}"`,
      after: {
        filters: JSON.stringify(query),
        expiresOn: parsedInput.expiresOn,
        showEmails: parsedInput.showEmails,
      },
    })
    revalidatePath('/settings')
    return { path: `/shared/${made.token}` }
  })

export const revokeSharedViewAction = actionWith('history.share')
  .inputSchema(revokeSharedViewSchema)
  .action(async ({ parsedInput, ctx }) => {
    const revoked = await revokeSharedView(parsedInput.viewId)
    if (!revoked)
      throw new AppError('NOT_FOUND', { userMessage: 'This view is already revoked or gone.' })
    ctx.audit({
      entity: 'shared-view',
      entityId: parsedInput.viewId,
      action: `revoked the shared view "${revoked.name}"`,
    })
    revalidatePath('/settings')
    return { revoked: true }
  })
