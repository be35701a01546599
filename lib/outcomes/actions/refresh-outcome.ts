'use server'

import { z } from '@/lib/zod'
import { actionWith } from '@/lib/auth/action-client'
import { refreshOnRequest } from '@/lib/outcomes/refresh'

// "Refresh" on a session's page: read the negotiation from SaleSnip now (once per 10 s team-wide).
export const refreshOutcomeAction = actionWith('history.read')
  .inputSchema(z.object({ sessionId: z.string().min(1).max(64) }))
  // A failure to reach SaleSnip is an answer, not an error: the page says it and keeps what it has.
  .action(async ({ parsedInput }) => refreshOnRequest(parsedInput.sessionId))
