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

/**
 * The headers and body of a hand-made call to a server action (one argument), as a browser sends
 * them: a POST with the action's id in Next-Action, from the app's own origin.
 */
export function serverActionRequest({
  file,
  name,
  origin,
  input,
}: {
  file: string
  name: string
  origin: string
  input: unknown
}): { headers: Record<string, string>; body: string } {
  return {
    headers: {
      'Next-Action': serverActionId(file, name),
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
    },
    body: JSON.stringify([input]),
  }
}
