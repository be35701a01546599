import { can } from '@/lib/auth/permissions'
import type { Role } from '@/lib/auth/roles'
import { formatMoney } from '@/lib/salesnip/money'

// The composer's price guardrails. A rep's floor may never go below the template's floor, nor above
// the opening price; managers and admins may go below the template's floor, and each time they do
// the session records an override (who, which line, from what to what).

export type PricedLine = {
  /** Where the line sits in the composition, e.g. ['lines', 2] or ['crossSells', 0]. */
  path: (string | number)[]
  templateName: string
  currency: string
  openingMinor: number
  floorMinor: number
  templateFloorMinor: number
}

type GuardrailIssue = { path: (string | number)[]; message: string }
export type FloorOverride = {
  path: string
  templateName: string
  templateFloorMinor: number
  floorMinor: number
}

export function checkGuardrails(
  role: Role,
  lines: PricedLine[],
): { issues: GuardrailIssue[]; overrides: FloorOverride[] } {
  const issues: GuardrailIssue[] = []
  const overrides: FloorOverride[] = []
  const mayOverride = can(role, 'floor.override')
  for (const line of lines) {
    if (line.floorMinor > line.openingMinor) {
      issues.push({
        path: [...line.path, 'floor'],
        message: 'The floor cannot be above the opening price.',
      })
    }
    if (line.floorMinor < line.templateFloorMinor) {
      if (mayOverride) {
        overrides.push({
          path: line.path.join('.'),
          templateName: line.templateName,
          templateFloorMinor: line.templateFloorMinor,
          floorMinor: line.floorMinor,
        })
      } else {
        issues.push({
          path: [...line.path, 'floor'],
          message: `The floor cannot go below the template’s floor of ${formatMoney(line.templateFloorMinor, line.currency)}.`,
        })
      }
    }
  }
  return { issues, overrides }
}
