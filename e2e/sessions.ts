import type { Page } from '@playwright/test'
import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { oneLineComposition } from '../lib/testing/compose-form'
import { callServerAction } from './server-actions'

// Sessions made straight through the create action (as a form would send them), for tests that
// need some history to work on rather than the composer itself.

type Buyer = { name: string; email?: string; company?: string; dealReference?: string }

export async function composeInput(
  buyer: Buyer,
  {
    productId = 'starter-monthly',
    idempotencyKey = crypto.randomUUID(),
    callbacks = false,
    metadata = [] as { key: string; value: string }[],
  } = {},
) {
  const [template] = await queryRows<{ id: string; openingMinor: string; floorMinor: string }>(
    `SELECT t.id, p."openingMinor", p."floorMinor" FROM "Template" t
     JOIN "TemplatePrice" p ON p."templateId" = t.id AND p.currency = 'USD'
     WHERE t."productId" = $1`,
    [productId],
  )
  const success = `${e2eEnv.baseURL}/sandbox/return?outcome=success&session={SESSION_ID}`
  const cancel = `${e2eEnv.baseURL}/sandbox/return?outcome=cancel&session={SESSION_ID}`
  return oneLineComposition(
    {
      templateId: template!.id,
      opening: String(Number(template!.openingMinor) / 100),
      floor: String(Number(template!.floorMinor) / 100),
      upsell: false,
    },
    {
      idempotencyKey,
      projectId: 'project_e2e',
      callbacks: callbacks ? { success, cancel } : { success: '', cancel: '' },
      buyer: { email: '', company: '', dealReference: '', ...buyer },
      metadata,
    },
  )
}

/** Sends the create action; returns its raw answer (React's flight format). */
export function createSession(page: Page, input: unknown, baseURL?: string): Promise<string> {
  return callServerAction(page, {
    path: '/compose',
    file: 'lib/sessions/actions/create-session.ts',
    name: 'createSessionAction',
    input,
    baseURL,
  })
}

/** The stored session of a buyer (created by the action above). */
export async function sessionOf(buyerName: string) {
  const [row] = await queryRows<{
    id: string
    salesnipId: string
    /** SaleSnip's chat address. */
    url: string
    /** The console's short link to it: what reps copy, share and show as a QR code. */
    shortUrl: string | null
    status: string
  }>(
    `SELECT id, "salesnipId", url, "shortUrl", status FROM "SalesnipSession" WHERE "buyerName" = $1`,
    [buyerName],
  )
  if (!row) throw new Error(`no session for ${buyerName}`)
  return row
}

/**
 * Statuses of a session SaleSnip created. The app's background refresh may already have read it
 * back as active by the time a test looks.
 */
export const CREATED = ['created', 'active']
