import type { Page } from '@playwright/test'
import { serverActionRequest } from '@/scripts/tools/test/server-action-request'
import { e2eEnv } from './e2e-env'

/**
 * Calls a server action the way a hand-made request would, bypassing every form: a POST with the
 * Next-Action header, sent with the page's cookies. Returns the raw answer (React's flight format).
 */
export async function callServerAction(
  page: Page,
  {
    path,
    file,
    name,
    input,
    baseURL = e2eEnv.baseURL,
  }: {
    path: string
    file: string
    name: string
    input: unknown
    /** Another app instance than the suite's own (same database, same build). */
    baseURL?: string
  },
): Promise<string> {
  const { headers, body } = serverActionRequest({ file, name, origin: baseURL, input })
  const response = await page.request.post(new URL(path, baseURL).toString(), {
    headers,
    data: body,
    maxRedirects: 0,
  })
  return response.text()
}
