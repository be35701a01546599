'use server'

import { z } from 'zod'
import { memberAction } from '@/lib/auth/action-client'
import { loadComposeTemplates, searchComposeTemplates } from '@/lib/sessions/compose-queries'

// The composer's reads of the catalogue: the picker's search, and the templates a pick brings
// along (its suggested cross-sells).

export const searchComposeTemplatesAction = memberAction
  .inputSchema(z.object({ query: z.string().max(100) }))
  .action(async ({ parsedInput }) => searchComposeTemplates(parsedInput.query))

export const loadComposeTemplatesAction = memberAction
  .inputSchema(z.object({ ids: z.array(z.string().min(1).max(64)).max(100) }))
  .action(async ({ parsedInput }) => loadComposeTemplates(parsedInput.ids))
