import type { Role } from '@/lib/auth/roles'
import {
  evaluateComposition,
  type EvaluateOptions,
  type Evaluation,
  type FormIssue,
} from './evaluate'
import { composeFormSchema, type ComposeForm, type ComposeFormInput } from './schema'
import type { TemplateLookup } from './template-lookup'

// One decision for the preview's status and for Create: the compose schema (what the action
// parses) and the evaluation (guardrails, SaleSnip's schema) together. The preview can no longer
// say "Ready to send" while Create is refused by a check only one of them ran.

export type Check = Evaluation & {
  /** The parsed form when nothing is wrong (what the action would receive). */
  parsed: ComposeForm | null
}

/** What the page shows of a check: the preview's bytes and problems, and the opening total. */
export type PreviewCheck = Pick<Check, 'bytes' | 'issues' | 'openingTotalMinor'>

export const previewOf = ({ bytes, issues, openingTotalMinor }: Check): PreviewCheck => ({
  bytes,
  issues,
  openingTotalMinor,
})

export function checkComposition(
  form: ComposeFormInput,
  templates: TemplateLookup,
  role: Role,
  options: EvaluateOptions = {},
): Check {
  const evaluation = evaluateComposition(form, templates, role, options)
  const schema = composeFormSchema.safeParse(form)
  const fromSchema: FormIssue[] = schema.success
    ? []
    : schema.error.issues.map((issue) => ({
        path: issue.path.length ? issue.path.map(String).join('.') : 'root',
        message: issue.message,
      }))
  const seen = new Set<string>()
  // The schema's message first: it names the field as the rep typed it.
  const issues = [...fromSchema, ...evaluation.issues].filter((issue) => {
    if (seen.has(issue.path)) return false
    seen.add(issue.path)
    return true
  })
  return {
    ...evaluation,
    issues,
    parsed: schema.success && issues.length === 0 ? schema.data : null,
  }
}
