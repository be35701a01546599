import { env } from '@/lib/env'
import { isSandboxServed } from '@/lib/settings/connection-data'

/** Runs a sandbox handler in sandbox mode only; otherwise the sandbox does not exist (404). */
export async function inSandboxMode(
  request: Request,
  handle: (chatBase: string) => Promise<Response>,
): Promise<Response> {
  if (!(await isSandboxServed())) return new Response('Not Found', { status: 404 })
  // Chat links point at the address people use, which the request names when APP_URL does not.
  return handle(env.APP_URL ?? new URL(request.url).origin)
}
