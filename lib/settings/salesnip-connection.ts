import 'server-only'
import { listAuditEvents, recordAuditEvent, diff } from '@/lib/audit/data'
import { open, seal } from '@/lib/crypto/secret-box'
import { db } from '@/lib/db/client'
import { env } from '@/lib/env'
import type { ConnectionSettingsInput } from './connection-schema'

const ID = 'default'
const SEAL = { appSecret: env.APP_SECRET, purpose: 'salesnip-api-key' }
// The local sandbox accepts keys that start with "sandbox_"; this one never leaves the server.
export const SANDBOX_API_KEY = 'sandbox_local'

export type ConnectionDefaults = {
  projectId: string | null
  defaultCurrency: string | null
  successUrl: string | null
  cancelUrl: string | null
}

/** What the server uses to call SaleSnip, and where it came from. The key never leaves the server. */
export type Connection = {
  mode: 'live' | 'sandbox'
  source: 'environment' | 'settings' | 'sandbox'
  apiKey: string
  baseUrl: string
  timeoutMs: number
  defaults: ConnectionDefaults
}

/** For any member: the defaults and whether a key is set, never the key. */
export type ConnectionOverview = ConnectionDefaults & {
  mode: Connection['mode']
  source: Connection['source']
  maskedKey: string | null
}

async function readRow() {
  return db.connectionSettings.findUnique({ where: { id: ID } })
}

function defaultsOf(row: Awaited<ReturnType<typeof readRow>>): ConnectionDefaults {
  return {
    projectId: row?.projectId ?? null,
    defaultCurrency: row?.defaultCurrency ?? null,
    successUrl: row?.successUrl ?? null,
    cancelUrl: row?.cancelUrl ?? null,
  }
}

export async function resolveConnection(): Promise<Connection> {
  const row = await readRow()
  const common = { timeoutMs: env.SALESNIP_TIMEOUT_MS, defaults: defaultsOf(row) }
  if (env.SALESNIP_API_KEY) {
    return {
      ...common,
      mode: 'live',
      source: 'environment',
      apiKey: env.SALESNIP_API_KEY,
      baseUrl: env.SALESNIP_BASE_URL,
    }
  }
  const storedKey = row?.apiKeyEncrypted ? open(row.apiKeyEncrypted, SEAL) : null
  if (storedKey) {
    return {
      ...common,
      mode: 'live',
      source: 'settings',
      apiKey: storedKey,
      baseUrl: env.SALESNIP_BASE_URL,
    }
  }
  // No key anywhere: the app's own sandbox, reached over loopback.
  const baseUrl = `http://127.0.0.1:${env.PORT}/api/salesnip-sandbox`
  return { ...common, mode: 'sandbox', source: 'sandbox', apiKey: SANDBOX_API_KEY, baseUrl }
}

export async function getConnectionOverview(): Promise<ConnectionOverview> {
  const row = await readRow()
  const connection = await resolveConnection()
  const last4 =
    connection.source === 'environment' ? env.SALESNIP_API_KEY?.slice(-4) : row?.apiKeyLast4
  return {
    ...defaultsOf(row),
    mode: connection.mode,
    source: connection.source,
    maskedKey: connection.mode === 'live' ? masked(last4) : null,
  }
}

export async function isSandboxMode(): Promise<boolean> {
  return (await resolveConnection()).mode === 'sandbox'
}

const masked = (last4: string | null | undefined) => (last4 ? `••••${last4}` : null)

export async function saveConnectionSettings(input: ConnectionSettingsInput, actorId: string) {
  const defaults: ConnectionDefaults = {
    projectId: input.projectId || null,
    defaultCurrency: input.defaultCurrency || null,
    successUrl: input.successUrl || null,
    cancelUrl: input.cancelUrl || null,
  }
  // An empty key field keeps the stored key.
  const key = input.apiKey
    ? { apiKeyEncrypted: seal(input.apiKey, SEAL), apiKeyLast4: input.apiKey.slice(-4) }
    : {}
  await db.$transaction(async (tx) => {
    const before = await tx.connectionSettings.findUnique({ where: { id: ID } })
    await tx.connectionSettings.upsert({
      where: { id: ID },
      create: { id: ID, ...defaults, ...key, updatedById: actorId },
      update: { ...defaults, ...key, updatedById: actorId },
    })
    // The audit names the key by its last 4 characters only.
    const changes = diff(defaultsOf(before), defaults)
    if (key.apiKeyLast4) changes.apiKey = [masked(before?.apiKeyLast4), masked(key.apiKeyLast4)]
    if (Object.keys(changes).length) {
      await recordAuditEvent(tx, {
        actorId,
        entity: 'connection',
        entityId: ID,
        action: 'updated',
        changes,
      })
    }
  })
}

export async function removeStoredApiKey(actorId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.connectionSettings.findUnique({ where: { id: ID } })
    if (!before?.apiKeyEncrypted) return
    await tx.connectionSettings.update({
      where: { id: ID },
      data: { apiKeyEncrypted: null, apiKeyLast4: null, updatedById: actorId },
    })
    await recordAuditEvent(tx, {
      actorId,
      entity: 'connection',
      entityId: ID,
      action: 'removed the API key',
      changes: { apiKey: [masked(before.apiKeyLast4), null] },
    })
  })
}

export const listConnectionChanges = () => listAuditEvents('connection', ID)
