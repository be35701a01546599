'use server'

import { actionWith } from '@/lib/auth/action-client'
import { getSession } from '@/lib/salesnip/client'
import { resolveConnection } from '@/lib/settings/connection-data'

// Reads back a session that does not exist: "not found" proves the key is accepted, without
// creating anything upstream.
export const testConnectionAction = actionWith('settings.manage').action(async () => {
  const connection = await resolveConnection()
  const result = await getSession(
    {
      baseUrl: connection.baseUrl,
      apiKey: connection.apiKey,
      timeoutMs: connection.timeoutMs,
      retries: 0,
    },
    'session_connection_check',
  )
  const where = connection.mode === 'sandbox' ? 'The local sandbox' : 'SaleSnip'
  if (result.kind === 'found' || result.kind === 'not-found') {
    return { ok: true, message: `${where} answered and accepted the key.` }
  }
  return { ok: false, message: result.message }
})
