'use server'

import { z } from 'zod'
import { memberAction } from '@/lib/auth/action-client'
import { refreshOutcome } from '@/lib/sessions/refresh-outcome'

// "Refresh" on a session's page: read the negotiation from SaleSnip now.
export const refreshOutcomeAction = memberAction
  .inputSchema(z.object({ sessionId: z.string().min(1).max(64) }))
  // A failure to reach SaleSnip is an answer, not an error: the page says it and keeps what it has.
  .action(async ({ parsedInput }) => refreshOutcome(parsedInput.sessionId))
