import 'server-only'
import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db/client'
import type { CreateSessionRequest } from '../schemas'
import { negotiationStateSchema, startNegotiation, type NegotiationState } from './negotiation'

type SandboxStatus = 'ACTIVE' | 'COMPLETE' | 'CANCELLED'
export type SandboxSessionRecord = {
  id: string
  projectId: string
  status: SandboxStatus
  state: NegotiationState
}

export async function storeSandboxSession(
  body: CreateSessionRequest,
  requestBody: string,
): Promise<string> {
  const id = `session_${randomUUID().replaceAll('-', '')}`
  await db.sandboxSession.create({
    data: {
      id,
      projectId: body.projectId,
      currency: body.currency,
      requestBody,
      state: JSON.stringify(startNegotiation(body)),
      status: 'ACTIVE',
    },
  })
  return id
}

export async function findSandboxSession(id: string): Promise<SandboxSessionRecord | null> {
  const row = await db.sandboxSession.findUnique({
    where: { id },
    select: { id: true, projectId: true, status: true, state: true },
  })
  if (!row) return null
  return {
    id: row.id,
    projectId: row.projectId,
    status: row.status as SandboxStatus,
    state: negotiationStateSchema.parse(JSON.parse(row.state)),
  }
}

/** Saves a negotiation step; only while the session is still active. Returns whether it saved. */
export async function saveSandboxSession(
  id: string,
  state: NegotiationState,
  status: SandboxStatus = 'ACTIVE',
) {
  const { count } = await db.sandboxSession.updateMany({
    where: { id, status: 'ACTIVE' },
    data: { state: JSON.stringify(state), status },
  })
  return count === 1
}
