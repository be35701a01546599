import type { FieldErrors, Resolver } from 'react-hook-form'
import type { Role } from '@/lib/auth/roles'
import type { TemplateLookup } from '@/lib/compose/template-lookup'
import type { ComposeForm, ComposeFormInput } from '@/lib/compose/schema'

/**
 * The check (the compose schema, SaleSnip's schema and the guardrails: zod and all) loads just after
 * the page rather than with it; the page arrives with the server's check of what it shows. The
 * bundler gives the module a chunk of its own because the import names it.
 */
export const loadCheck = () => import('@/lib/compose/check')

// The form's resolver: the very check the preview shows (the compose schema as the action parses
// it, then the action's evaluation), so the browser refuses exactly what the server would.
export function composeResolver(
  templates: () => TemplateLookup,
  role: Role,
  relayBase: string | null,
): Resolver<ComposeFormInput, unknown, ComposeForm> {
  return async (values) => {
    const { checkComposition } = await loadCheck()
    const { issues, parsed } = checkComposition(values, templates(), role, { relayBase })
    if (parsed) return { values: parsed, errors: {} }
    const errors: Record<string, unknown> = {}
    for (const issue of issues) {
      if (!hasPath(errors, issue.path))
        setPath(errors, issue.path, { type: 'composition', message: issue.message })
    }
    return { values: {}, errors: errors as FieldErrors<ComposeFormInput> }
  }
}

function hasPath(target: Record<string, unknown>, path: string): boolean {
  let node: unknown = target
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[key]
  }
  return node !== undefined
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node = target
  keys.slice(0, -1).forEach((key, index) => {
    const next = node[key]
    if (typeof next !== 'object' || next === null)
      node[key] = /^\d+$/.test(keys[index + 1] ?? '') ? [] : {}
    node = node[key] as Record<string, unknown>
  })
  node[keys.at(-1)!] = value
}
