import { readFileSync } from 'node:fs'

type Manifest = { node: Record<string, { filename: string; exportedName: string }> }

/** The id Next gave a server action in the current build (from .next's server reference manifest). */
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
