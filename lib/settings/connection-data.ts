import 'server-only'
import { cache } from 'react'
import { open } from '@/lib/crypto/secret-box'
import { db } from '@/lib/db/client'
import { env } from '@/lib/env'
import { CONNECTION_ID } from '@/lib/db/seed-values'

// How the server reaches SaleSnip right now: a key from the environment, else the key an admin
// stored (encrypted) in the connection settings, else the app's own sandbox where it is enabled.
// A stored key that cannot be decrypted (APP_SECRET changed) never falls back to the sandbox: the
// connection is unavailable, every page tells admins why, and creates are refused.

export { CONNECTION_ID }
export const API_KEY_SEAL = { appSecret: env.APP_SECRET, purpose: 'salesnip-api-key' }
// The local sandbox accepts keys that start with "sandbox_"; this one never leaves the server.
const SANDBOX_API_KEY = 'sandbox_local'

export type ConnectionDefaults = {
  projectId: string | null
  defaultCurrency: string | null
  successUrl: string | null
  cancelUrl: string | null
  relayCallbacks: boolean
  shortLinks: boolean
}

/** What the server uses to call SaleSnip, and where it came from. The key never leaves the server. */
export type Connection = {
  mode: 'live' | 'sandbox' | 'unavailable'
  source: 'environment' | 'settings' | 'sandbox' | 'none'
  /** Why nothing can be sent (mode "unavailable"), in words for the console. */
  problem: string | null
  apiKey: string
  baseUrl: string
  timeoutMs: number
  defaults: ConnectionDefaults
}

export async function readConnectionRow() {
  return db.connectionSettings.findUnique({ where: { id: CONNECTION_ID } })
}

export function defaultsOf(row: Awaited<ReturnType<typeof readConnectionRow>>): ConnectionDefaults {
  return {
    projectId: row?.projectId ?? null,
    defaultCurrency: row?.defaultCurrency ?? null,
    successUrl: row?.successUrl ?? null,
    cancelUrl: row?.cancelUrl ?? null,
    relayCallbacks: row?.relayCallbacks ?? true,
    shortLinks: row?.shortLinks ?? true,
  }
}

export async function resolveConnection(): Promise<Connection> {
  return connectionFrom(await readConnectionRow())
}

/**
 * The connection as a page shows it, read once per request (the layout's banner, the home page's
 * setup, the composer). Actions and jobs call resolveConnection, which reads it afresh.
 */
export const resolveConnectionForPage = cache(resolveConnection)

/** The connection a stored settings row (or none) gives, with the environment's say first. */
export function connectionFrom(row: Awaited<ReturnType<typeof readConnectionRow>>): Connection {
  const common = { timeoutMs: env.SALESNIP_TIMEOUT_MS, defaults: defaultsOf(row), problem: null }
  if (env.SALESNIP_API_KEY) {
    return {
      ...common,
      mode: 'live',
      source: 'environment',
      apiKey: env.SALESNIP_API_KEY,
      baseUrl: env.SALESNIP_BASE_URL,
    }
  }
  const storedKey = row?.apiKeyEncrypted ? open(row.apiKeyEncrypted, API_KEY_SEAL) : null
  if (row?.apiKeyEncrypted && !storedKey) return unavailable(common, UNREADABLE_KEY)
  if (storedKey) {
    return {
      ...common,
      mode: 'live',
      source: 'settings',
      apiKey: storedKey,
      baseUrl: env.SALESNIP_BASE_URL,
    }
  }
  if (!env.sandboxEnabled) return unavailable(common, NO_KEY)
  // No key anywhere: the app's own sandbox, reached over loopback.
  const baseUrl = `http://127.0.0.1:${env.PORT}/api/salesnip-sandbox`
  return { ...common, mode: 'sandbox', source: 'sandbox', apiKey: SANDBOX_API_KEY, baseUrl }
}

export const UNREADABLE_KEY =
  'The stored SaleSnip API key cannot be decrypted: APP_SECRET has changed since it was saved. No session can be created until an admin enters the key again on the Settings page.'
const NO_KEY =
  'No SaleSnip API key is set and the sandbox is off. No session can be created until an admin sets a key on the Settings page.'

function unavailable(common: Pick<Connection, 'timeoutMs' | 'defaults'>, problem: string) {
  return {
    ...common,
    mode: 'unavailable',
    source: 'none',
    problem,
    apiKey: '',
    baseUrl: '',
  } satisfies Connection
}

export async function isSandboxMode(): Promise<boolean> {
  return (await resolveConnection()).mode === 'sandbox'
}

/** Whether the sandbox's API and buyer chat answer: enabled, and no SaleSnip key in use. */
export async function isSandboxServed(): Promise<boolean> {
  return env.sandboxEnabled && (await isSandboxMode())
}
