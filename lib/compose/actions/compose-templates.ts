'use server'

import { z } from '@/lib/zod'
import { actionWith } from '@/lib/auth/action-client'
import { loadComposeTemplates, searchComposeTemplates } from '@/lib/compose/load-templates'

// The composer's reads of the catalogue: the picker's search, and the templates a pick brings
// along (its suggested cross-sells).

export const searchComposeTemplatesAction = actionWith('sessions.create')
  .inputSchema(z.object({ query: z.string().max(100) }))
  .action(async ({ parsedInput }) => searchComposeTemplates(parsedInput.query))

export const loadComposeTemplatesAction = actionWith('sessions.create')
  .inputSchema(z.object({ ids: z.array(z.string().min(1).max(64)).max(100) }))
  .action(async ({ parsedInput }) => loadComposeTemplates(parsedInput.ids))
