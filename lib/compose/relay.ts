// The console's callback relay: SaleSnip sends the buyer's browser to these addresses (it replaces
// the literal {SESSION_ID} with its session id); the console records the return and sends the buyer
// on to the destination stored with the session. They are in the preview, as they are sent.

import { SESSION_ID_PLACEHOLDER } from '@/lib/salesnip/limits'

export function relayCallbacks(publicBase: string): { success: string; cancel: string } {
  const base = publicBase.replace(/\/+$/, '')
  return {
    success: `${base}/r/success/${SESSION_ID_PLACEHOLDER}`,
    cancel: `${base}/r/cancel/${SESSION_ID_PLACEHOLDER}`,
  }
}
