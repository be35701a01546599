import type { Page } from '@playwright/test'
import { serverActionId } from '../scripts/server-action-id'
import { e2eEnv } from './e2e-env'

/**
 * Calls a server action the way a hand-made request would, bypassing every form: a POST with the
 * Next-Action header, sent with the page's cookies. Returns the raw answer (React's flight format).
 */
export async function callServerAction(
  page: Page,
  { path, file, name, input }: { path: string; file: string; name: string; input: unknown },
): Promise<string> {
  const response = await page.request.post(path, {
    headers: {
      'Next-Action': serverActionId(file, name),
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: e2eEnv.baseURL,
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  })
  return response.text()
}
