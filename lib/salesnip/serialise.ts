import type { CreateSessionRequest } from './schemas'

/**
 * The exact bytes of a create-session body: what is previewed, what is sent and what is stored.
 * Key order is the schema's (the reference's), and absent optional fields are left out.
 */
export function serialiseSessionBody(body: CreateSessionRequest): string {
  return JSON.stringify(body)
}

/** Every issue of a failed parse, keyed by its full path (`products.3.price.minimum`). */
export function issuesByPath(
  issues: readonly { path: PropertyKey[]; message: string }[],
): Record<string, string[]> {
  const byPath: Record<string, string[]> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '(body)'
    ;(byPath[key] ??= []).push(issue.message)
  }
  return byPath
}
