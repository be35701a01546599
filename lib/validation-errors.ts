// Field errors by full path (`crossSells.1.templateId`) in the nested shape next-safe-action's
// `returnValidationErrors` takes, which its react-hook-form adapter maps back onto the fields.

type Nested = { _errors?: string[]; [key: string]: unknown }

export function nestedErrors(issues: { path: string; message: string }[]): Nested {
  const root: Nested = {}
  for (const issue of issues) {
    let node = root
    for (const key of issue.path === 'root' ? [] : issue.path.split('.')) {
      node = (node[key] ??= {}) as Nested
    }
    ;(node._errors ??= []).push(issue.message)
  }
  return root
}
