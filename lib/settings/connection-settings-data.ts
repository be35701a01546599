import 'server-only'
import { diff } from '@/lib/audit/changes'
import { listAuditEvents, recordAuditEvent } from '@/lib/audit/data'
import { seal } from '@/lib/crypto/secret-box'
import { db } from '@/lib/db/client'
import { env } from '@/lib/env'
import {
  API_KEY_SEAL,
  CONNECTION_ID,
  defaultsOf,
  readConnectionRow,
  connectionFrom,
  type Connection,
  type ConnectionDefaults,
} from './connection-data'
import type { ConnectionSettingsInput } from './connection-schema'
import { publicLinks } from './public-links'

/** For any member: the defaults and whether a key is set, never the key. */
export type ConnectionOverview = ConnectionDefaults & {
  mode: Connection['mode']
  source: Connection['source']
  maskedKey: string | null
  problem: string | null
  /** Why the relay and short links cannot work here (no public address), or null. */
  linksProblem: string | null
}

export async function getConnectionOverview(): Promise<ConnectionOverview> {
  const row = await readConnectionRow() // read once: it gives both the connection and the key's last 4
  const connection = connectionFrom(row)
  const last4 =
    connection.source === 'environment' ? env.SALESNIP_API_KEY?.slice(-4) : row?.apiKeyLast4
  return {
    ...connection.defaults,
    mode: connection.mode,
    source: connection.source,
    maskedKey: connection.mode === 'live' ? masked(last4) : null,
    problem: connection.problem,
    linksProblem: (await publicLinks(connection)).problem,
  }
}

const masked = (last4: string | null | undefined) => (last4 ? `••••${last4}` : null)

export async function saveConnectionSettings(input: ConnectionSettingsInput, actorId: string) {
  const defaults: ConnectionDefaults = {
    projectId: input.projectId || null,
    defaultCurrency: input.defaultCurrency || null,
    successUrl: input.successUrl || null,
    cancelUrl: input.cancelUrl || null,
    relayCallbacks: input.relayCallbacks,
    shortLinks: input.shortLinks,
  }
  // An empty key field keeps the stored key.
  const key = input.apiKey
    ? { apiKeyEncrypted: seal(input.apiKey, API_KEY_SEAL), apiKeyLast4: input.apiKey.slice(-4) }
    : {}
  await db.$transaction(async (tx) => {
    const before = await tx.connectionSettings.findUnique({ where: { id: CONNECTION_ID } })
    await tx.connectionSettings.upsert({
      where: { id: CONNECTION_ID },
      create: { id: CONNECTION_ID, ...defaults, ...key, updatedById: actorId },
      update: { ...defaults, ...key, updatedById: actorId },
    })
    // The audit names the key by its last 4 characters only.
    const changes = diff(defaultsOf(before), defaults)
    if (key.apiKeyLast4) changes.apiKey = [masked(before?.apiKeyLast4), masked(key.apiKeyLast4)]
    if (Object.keys(changes).length) {
      await recordAuditEvent(tx, {
        actorId,
        entity: 'connection',
        entityId: CONNECTION_ID,
        action: 'updated',
        changes,
      })
    }
  })
}

export async function removeStoredApiKey(actorId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.connectionSettings.findUnique({ where: { id: CONNECTION_ID } })
    if (!before?.apiKeyEncrypted) return
    await tx.connectionSettings.update({
      where: { id: CONNECTION_ID },
      data: { apiKeyEncrypted: null, apiKeyLast4: null, updatedById: actorId },
    })
    await recordAuditEvent(tx, {
      actorId,
      entity: 'connection',
      entityId: CONNECTION_ID,
      action: 'removed the API key',
      changes: { apiKey: [masked(before.apiKeyLast4), null] },
    })
  })
}

export const listConnectionChanges = () => listAuditEvents('connection', CONNECTION_ID)
