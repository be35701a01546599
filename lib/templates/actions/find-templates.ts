'use server'

import { z } from '@/lib/zod'
import { actionWith } from '@/lib/auth/action-client'
import { rankTemplateMatches } from '@/lib/compose/picker-rank'
import { findActiveTemplateMatches } from '@/lib/templates/read-data'

const SHOWN = 8

/** The command palette's "open a template by name": the best few matches, ranked as the picker. */
export const findTemplatesAction = actionWith('templates.read')
  .inputSchema(z.object({ query: z.string().max(100) }))
  .action(async ({ parsedInput }) =>
    rankTemplateMatches(parsedInput.query, await findActiveTemplateMatches(parsedInput.query, 200))
      .slice(0, SHOWN)
      .map(({ id, name, productId }) => ({ id, name, productId })),
  )
