import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { e2eEnv } from './e2e-env'

type Manifest = { node: Record<string, { filename: string; exportedName: string }> }

/** The id Next gave a server action in this build (from .next's server reference manifest). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as Manifest
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === file && action.exportedName === exportedName,
  )
  if (!entry) throw new Error(`No server action ${exportedName} in ${file}`)
  return entry[0]
}

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
