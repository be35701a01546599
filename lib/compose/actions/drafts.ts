'use server'

import { revalidatePath } from 'next/cache'
import { z } from '@/lib/zod'
import { actionWith } from '@/lib/auth/action-client'
import { AppError } from '@/lib/errors'
import { draftFormSchema } from '@/lib/compose/draft-schema'
import {
  deleteAllDrafts,
  deleteDraft,
  duplicateSessionToDraft,
  saveDraft,
} from '@/lib/compose/drafts-data'

// A rep's own drafts: autosaved while composing, listed under "My drafts", resumed, deleted.

export const saveDraftAction = actionWith('sessions.create')
  .inputSchema(draftFormSchema)
  .action(async ({ parsedInput: { title, ...form }, ctx }) => {
    const draftId = await saveDraft({ ownerId: ctx.member.id, draftId: form.draftId, form, title })
    return { draftId, savedAt: new Date().toISOString() }
  })

export const deleteDraftAction = actionWith('sessions.create')
  .inputSchema(z.object({ draftId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteDraft(ctx.member.id, parsedInput.draftId)
    if (!deleted) throw new AppError('NOT_FOUND', { userMessage: 'This draft no longer exists.' })
    revalidatePath('/compose')
    return { deleted: true }
  })

/** "Clear all" on the home page: only the caller's own drafts. */
export const deleteAllDraftsAction = actionWith('sessions.create')
  .inputSchema(z.object({}).strict())
  .action(async ({ ctx }) => {
    const deleted = await deleteAllDrafts(ctx.member.id)
    revalidatePath('/')
    revalidatePath('/compose')
    return { deleted }
  })

export const duplicateSessionAction = actionWith('sessions.create')
  .inputSchema(
    z.object({
      sessionId: z.string().min(1).max(64),
      keepBuyer: z.boolean().default(false),
      reuseKey: z.boolean().default(false),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const draftId = await duplicateSessionToDraft({
      sessionId: parsedInput.sessionId,
      ownerId: ctx.member.id,
      keepBuyer: parsedInput.keepBuyer,
      reuseKey: parsedInput.reuseKey,
    })
    if (!draftId) throw new AppError('NOT_FOUND', { userMessage: 'This session no longer exists.' })
    revalidatePath('/compose')
    return { draftId }
  })
