import { z } from '@/lib/zod'
import { currencySchema, type Currency } from '@/lib/salesnip/currencies'
import { LIMITS } from '@/lib/salesnip/limits'
import { toMinorUnits } from '@/lib/salesnip/money'
import { metadataRow, optionalHttpUrl, wholeNumber } from '@/lib/templates/schema'
import { BUYER_METADATA_KEYS } from './session-body'

// The composer's form, shared by the page (react-hook-form's resolver) and the create action.
// Amounts and counts are text as typed; what they mean in the session's currency, the guardrails
// and SaleSnip's own schema are checked by evaluateComposition, which both sides also run.

const BUYER_LIMIT = 200

const amountText = z.string().trim().min(1, 'Enter an amount.').max(30, 'Enter an amount.')

const templateRef = z.string().min(1, 'Choose a template.').max(64)

const lineSchema = z.object({
  templateId: templateRef,
  opening: amountText,
  floor: amountText,
  quantity: z.object({
    initial: wholeNumber('The opening quantity'),
    minimum: wholeNumber('The minimum'),
    maximum: wholeNumber('The maximum'),
  }),
  upsell: z.boolean(),
})

const crossSellSchema = z.object({
  templateId: templateRef,
  opening: amountText,
  floor: amountText,
})

const buyerText = z.string().trim().max(BUYER_LIMIT, `At most ${BUYER_LIMIT} characters.`)

/** The form's fields, before the checks across fields (the API documents its body with these). */
export const composeFieldsSchema = z.object({
  // Made when the form opens; the same key never creates a second session.
  idempotencyKey: z.uuid('This form has no valid key; reload the page.'),
  draftId: z.string().max(64),
  projectId: z
    .string()
    .trim()
    .min(1, 'Enter the SaleSnip project id.')
    .max(LIMITS.projectId.max, `At most ${LIMITS.projectId.max} characters.`),
  currency: currencySchema,
  callbacks: z.object({
    success: optionalHttpUrl('The success callback'),
    cancel: optionalHttpUrl('The cancel callback'),
  }),
  buyer: z.object({
    name: buyerText,
    email: z.union([z.literal(''), z.email('Enter an email address, like ana@example.com.')]),
    company: buyerText,
    dealReference: buyerText,
  }),
  metadata: z
    .array(metadataRow)
    .max(LIMITS.metadata.keys - 4, `At most ${LIMITS.metadata.keys - 4} entries.`),
  lines: z
    .array(lineSchema)
    .min(LIMITS.products.min, 'Add at least one product.')
    .max(LIMITS.products.max, `At most ${LIMITS.products.max} products.`),
  crossSells: z
    .array(crossSellSchema)
    .max(LIMITS.crossSells.max, `At most ${LIMITS.crossSells.max} cross-sells.`),
  // Suggestions the rep removed: picking another template does not bring them back.
  dismissedCrossSellIds: z.array(z.string().max(64)).max(500),
  // The failed or unknown attempt this composition knowingly makes again ("Try again" with a new
  // key): once created, that attempt is marked replaced, so History shows one row per deal.
  // Empty for a new composition; anything unreadable (an older draft has none) is empty too.
  replacesSessionId: z.string().max(64).catch(''),
})

export const composeFormSchema = composeFieldsSchema.superRefine((form, context) => {
  const issue = (path: (string | number)[], message: string) =>
    context.addIssue({ code: 'custom', path, message })
  const reserved = new Set<string>(Object.values(BUYER_METADATA_KEYS))
  const seen = new Set<string>()
  form.metadata.forEach((row, index) => {
    const key = row.key.trim()
    if (reserved.has(key)) issue(['metadata', index, 'key'], 'This key is set by the buyer fields.')
    else if (seen.has(key)) issue(['metadata', index, 'key'], 'This key is already used.')
    seen.add(key)
  })
  const checkAmounts = (row: { opening: string; floor: string }, path: (string | number)[]) => {
    for (const field of ['opening', 'floor'] as const) {
      if (row[field].trim() && toMinorUnits(row[field], form.currency) === null)
        issue([...path, field], amountMessage(form.currency))
    }
  }
  form.lines.forEach((line, index) => {
    checkAmounts(line, ['lines', index])
    const filled = Object.values(line.quantity).filter((value) => value.trim() !== '').length
    if (filled > 0 && filled < 3) {
      for (const key of ['initial', 'minimum', 'maximum'] as const)
        if (!line.quantity[key].trim())
          issue(['lines', index, 'quantity', key], 'Fill all three quantities, or none.')
    }
  })
  form.crossSells.forEach((row, index) => checkAmounts(row, ['crossSells', index]))
  const ids = new Set<string>()
  form.crossSells.forEach((row, index) => {
    if (ids.has(row.templateId))
      issue(['crossSells', index, 'templateId'], 'This cross-sell is already in the session.')
    ids.add(row.templateId)
  })
})

function amountMessage(currency: string): string {
  return `Enter an amount in ${currency}, like ${currency === 'JPY' ? '1500' : '19.99'}.`
}

export type ComposeFormInput = z.input<typeof composeFormSchema>
export type ComposeForm = z.output<typeof composeFormSchema>
export type ComposeLine = ComposeForm['lines'][number]
export type ComposeCrossSell = ComposeForm['crossSells'][number]

export function emptyComposeForm(defaults: {
  idempotencyKey: string
  projectId: string | null
  currency: Currency
  successUrl: string | null
  cancelUrl: string | null
}): ComposeForm {
  return {
    idempotencyKey: defaults.idempotencyKey,
    draftId: '',
    projectId: defaults.projectId ?? '',
    currency: defaults.currency,
    callbacks: { success: defaults.successUrl ?? '', cancel: defaults.cancelUrl ?? '' },
    buyer: { name: '', email: '', company: '', dealReference: '' },
    metadata: [],
    lines: [],
    crossSells: [],
    dismissedCrossSellIds: [],
    replacesSessionId: '',
  }
}
