import type { Page } from '@playwright/test'
import { queryRows } from './db'
import { uniqueName } from './fixtures'
import { composeInput, createSession, sessionOf } from './sessions'

/**
 * Every page of the signed-in console, with a session and a template of its own for the pages that
 * show one: the list the CSP, phone-width and accessibility journeys each walk.
 */
export async function consolePages(page: Page, buyerPrefix: string): Promise<string[]> {
  const buyer = uniqueName(buyerPrefix)
  await createSession(
    page,
    await composeInput({ name: buyer, company: 'Very Long Company Name GmbH & Co. KG' }),
  )
  const session = await sessionOf(buyer)
  const [template] = await queryRows<{ id: string }>(
    `SELECT id FROM "Template" WHERE "productId" = 'enterprise-annual'`,
  )
  return [
    '/',
    '/compose',
    '/history',
    `/history/${session.id}`,
    '/activity',
    '/dashboard',
    '/templates',
    `/templates/${template!.id}`,
    `/templates/${template!.id}/edit`,
    '/templates/new',
    '/templates/import',
    '/team',
    '/settings',
    '/audit',
  ]
}
