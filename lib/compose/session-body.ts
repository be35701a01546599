import { buildSessionBody } from '@/lib/salesnip/build-session-body'
import type { CreateSessionRequest } from '@/lib/salesnip/schemas'
import { templateLine, type TemplateValues } from '@/lib/templates/record'

// From a rep's composition (templates and their adjustments) to the exact SaleSnip body, through
// the one payload builder. The buyer's details go into the session's metadata under stable keys.

export const BUYER_METADATA_KEYS = {
  name: 'buyer_name',
  email: 'buyer_email',
  company: 'buyer_company',
  dealReference: 'deal_reference',
} as const

type Adjusted = { template: TemplateValues; openingMinor: number; floorMinor: number }

export type Composition = {
  projectId: string
  currency: string
  callbacks?: { success?: string; cancel?: string }
  buyer?: Partial<Record<keyof typeof BUYER_METADATA_KEYS, string>>
  metadata?: Record<string, string>
  lines: (Adjusted & {
    quantity?: { initial: number; minimum: number; maximum: number }
    /** The template's upsell, priced in this currency, when the rep keeps it switched on. */
    upsell?: Adjusted | null
  })[]
  crossSells?: Adjusted[]
}

export function composeSessionBody(composition: Composition): CreateSessionRequest {
  const { currency } = composition
  const buyer = Object.fromEntries(
    Object.entries(composition.buyer ?? {})
      .filter(([, value]) => value)
      .map(([field, value]) => [
        BUYER_METADATA_KEYS[field as keyof typeof BUYER_METADATA_KEYS],
        value!,
      ]),
  )
  return buildSessionBody({
    projectId: composition.projectId,
    currency,
    callbacks: composition.callbacks,
    products: composition.lines.map((line) => ({
      ...templateLine(line.template, line),
      ...(line.quantity ? { quantity: line.quantity } : {}),
      upsell: line.upsell ? templateLine(line.upsell.template, line.upsell) : undefined,
    })),
    crossSells: composition.crossSells?.map((line) => templateLine(line.template, line)),
    metadata: { ...buyer, ...composition.metadata },
  })
}
