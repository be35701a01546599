import type { Page } from '@playwright/test'
import { serverActionRequest } from '../scripts/server-action-request'
import { e2eEnv } from './e2e-env'

/**
 * Calls a server action the way a hand-made request would, bypassing every form: a POST with the
 * Next-Action header, sent with the page's cookies. Returns the raw answer (React's flight format).
 */
export async function callServerAction(
  page: Page,
  { path, file, name, input }: { path: string; file: string; name: string; input: unknown },
): Promise<string> {
  const { headers, body } = serverActionRequest({ file, name, origin: e2eEnv.baseURL, input })
  const response = await page.request.post(path, {
    headers,
    data: body,
    maxRedirects: 0,
  })
  return response.text()
}
