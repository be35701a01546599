import 'server-only'
import { AppError } from '@/lib/errors'
import { isSandboxServed } from '@/lib/settings/connection-data'
import { SESSION_ID_PLACEHOLDER } from '../limits'
import { toMinorUnits } from '../money'
import { findSandboxSession, saveSandboxSession, type SandboxSessionRecord } from './data'
import { applyOffer, setIncluded } from './negotiation'

// What the sandbox chat page does for the buyer, in sandbox mode only.

async function activeSession(sessionId: string): Promise<SandboxSessionRecord> {
  const session = (await isSandboxServed()) ? await findSandboxSession(sessionId) : null
  if (!session)
    throw new AppError('SANDBOX_SESSION_NOT_FOUND', { userMessage: 'This session does not exist.' })
  if (session.status !== 'ACTIVE')
    throw new AppError('SANDBOX_SESSION_CLOSED', { userMessage: 'This negotiation is over.' })
  return session
}

export async function makeOffer(input: {
  sessionId: string
  itemKey: string
  price: string
  quantity?: number
}) {
  const session = await activeSession(input.sessionId)
  const price = toMinorUnits(input.price, session.state.currency)
  if (price === null)
    throw new AppError('SANDBOX_BAD_AMOUNT', {
      userMessage: `That is not an amount in ${session.state.currency}.`,
    })
  await saveSandboxSession(
    session.id,
    applyOffer(session.state, input.itemKey, { price, quantity: input.quantity }),
  )
}

export async function chooseExtra(input: {
  sessionId: string
  itemKey: string
  included: boolean
}) {
  const session = await activeSession(input.sessionId)
  await saveSandboxSession(session.id, setIncluded(session.state, input.itemKey, input.included))
}

/** Ends the negotiation; returns the callback to send the buyer to, with {SESSION_ID} replaced. */
export async function finishNegotiation(input: {
  sessionId: string
  outcome: 'accept' | 'cancel'
}): Promise<string> {
  const session = await activeSession(input.sessionId)
  await saveSandboxSession(
    session.id,
    session.state,
    input.outcome === 'accept' ? 'COMPLETE' : 'CANCELLED',
  )
  const callback =
    input.outcome === 'accept' ? session.state.callbacks.success : session.state.callbacks.cancel
  return callback
    ? callback.replaceAll(SESSION_ID_PLACEHOLDER, encodeURIComponent(session.id))
    : `/sandbox/chat/${session.id}`
}
