import { z } from '@/lib/zod'
import { currencySchema } from '@/lib/salesnip/currencies'
import { LIMITS, PERIOD_UNITS } from '@/lib/salesnip/limits'
import { toMinorUnits } from '@/lib/salesnip/money'
import { isHttpUrl, productSchema } from '@/lib/salesnip/schemas'

// The template form, shared by the page and its server actions. Amounts and counts are typed as text
// (as people type them); the checks here are the same ones SaleSnip's product schema makes.

export const TEMPLATE_LIMITS = { prices: 20, tags: 10, tagLength: 30 } as const

// Form fields typed as text, shared with the composer's form (lib/sessions/compose-schema.ts).

/** A whole number as typed, or empty. */
export const wholeNumber = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || /^\d+$/.test(value), `${label} must be a whole number.`)

/** An http(s) address as typed, or empty. */
export const optionalHttpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.url.max)
    .refine((value) => value === '' || isHttpUrl(value), `${label} must be an http(s) address.`)

const amountText = z.string().trim().min(1, 'Enter an amount.')

const priceRow = z.object({ currency: currencySchema, opening: amountText, floor: amountText })
/** One free key/value row of SaleSnip metadata. */
export const metadataRow = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'Enter a key.')
    .max(LIMITS.metadata.keyLength, `At most ${LIMITS.metadata.keyLength} characters.`),
  value: z
    .string()
    .max(LIMITS.metadata.valueLength, `At most ${LIMITS.metadata.valueLength} characters.`),
})
const period = {
  unit: z.union([z.enum(PERIOD_UNITS), z.literal('')]),
  count: wholeNumber('The count'),
}

export const templateFormSchema = z
  .object({
    productId: productSchema.shape.id,
    name: productSchema.shape.name,
    description: z.string().max(LIMITS.description.max),
    image: optionalHttpUrl('The image'),
    tags: z.string().max(400),
    prices: z
      .array(priceRow)
      .min(1, 'Add a price in at least one currency.')
      .max(TEMPLATE_LIMITS.prices),
    quantity: z.object({
      initial: wholeNumber('The opening quantity'),
      minimum: wholeNumber('The minimum'),
      maximum: wholeNumber('The maximum'),
    }),
    recurring: z.object(period),
    trial: z.object(period),
    metadata: z
      .array(metadataRow)
      .max(LIMITS.metadata.keys, `At most ${LIMITS.metadata.keys} entries.`),
    upsellId: z.string(),
    // Editing: the template and the version the form was opened on ('' and 0 when creating).
    templateId: z.string().max(64),
    version: z.number().int().min(0),
    crossSells: z
      .array(z.object({ templateId: z.string().min(1, 'Choose a template.') }))
      .max(LIMITS.crossSells.max, `At most ${LIMITS.crossSells.max} cross-sells.`),
  })
  .superRefine((form, context) => {
    const issue = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message })
    const seen = new Set<string>()
    form.prices.forEach((row, index) => {
      if (seen.has(row.currency))
        issue(['prices', index, 'currency'], 'This currency already has a price.')
      seen.add(row.currency)
      const opening = toMinorUnits(row.opening, row.currency)
      const floor = toMinorUnits(row.floor, row.currency)
      if (opening === null)
        issue(['prices', index, 'opening'], `Enter an amount in ${row.currency}.`)
      if (floor === null) issue(['prices', index, 'floor'], `Enter an amount in ${row.currency}.`)
      if (opening !== null && floor !== null && floor > opening)
        issue(['prices', index, 'floor'], 'The floor price cannot be above the opening price.')
    })
    const q = form.quantity
    const filled = [q.initial, q.minimum, q.maximum].filter((v) => v !== '').length
    if (filled > 0 && filled < 3)
      issue(['quantity', 'initial'], 'Fill in all three quantities, or none.')
    if (filled === 3) {
      const [initial, minimum, maximum] = [q.initial, q.minimum, q.maximum].map(Number) as [
        number,
        number,
        number,
      ]
      if (minimum < LIMITS.quantity.min)
        issue(['quantity', 'minimum'], `At least ${LIMITS.quantity.min}.`)
      if (maximum > LIMITS.quantity.max)
        issue(['quantity', 'maximum'], `At most ${LIMITS.quantity.max}.`)
      if (minimum > initial)
        issue(['quantity', 'minimum'], 'The minimum cannot be above the opening quantity.')
      if (initial > maximum)
        issue(['quantity', 'maximum'], 'The maximum cannot be below the opening quantity.')
    }
    for (const key of ['recurring', 'trial'] as const) {
      const { unit, count } = form[key]
      if ((unit === '') !== (count === ''))
        issue([key, unit === '' ? 'unit' : 'count'], 'Choose both a unit and a count, or neither.')
      if (
        count !== '' &&
        (Number(count) < LIMITS.periodCount.min || Number(count) > LIMITS.periodCount.max)
      ) {
        issue([key, 'count'], `Between ${LIMITS.periodCount.min} and ${LIMITS.periodCount.max}.`)
      }
    }
    const keys = new Set<string>()
    form.metadata.forEach((row, index) => {
      if (keys.has(row.key)) issue(['metadata', index, 'key'], 'This key is already used.')
      keys.add(row.key)
    })
    const tags = parseTags(form.tags)
    if (tags.length > TEMPLATE_LIMITS.tags) issue(['tags'], `At most ${TEMPLATE_LIMITS.tags} tags.`)
    if (tags.some((tag) => tag.length > TEMPLATE_LIMITS.tagLength))
      issue(['tags'], `Tags are at most ${TEMPLATE_LIMITS.tagLength} characters.`)
    if (form.upsellId && form.upsellId === form.templateId)
      issue(['upsellId'], 'A template cannot be its own upsell.')
    const crossSellIds = form.crossSells.map((row) => row.templateId)
    crossSellIds.forEach((id, index) => {
      if (id === form.templateId)
        issue(['crossSells', index, 'templateId'], 'A template cannot be its own cross-sell.')
      if (crossSellIds.indexOf(id) !== index)
        issue(['crossSells', index, 'templateId'], 'This template is already a cross-sell.')
      if (id === form.upsellId)
        issue(['crossSells', index, 'templateId'], 'This template is already the upsell.')
    })
  })

export type TemplateFormInput = z.infer<typeof templateFormSchema>

/** Tags as typed ("Annual, pro ,annual") to a clean list (["annual", "pro"]). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ]
}

export const templateIdSchema = z.object({ templateId: z.string().min(1).max(64) })

export const importCatalogueSchema = z.object({
  text: z
    .string()
    .min(2, 'Choose a file or paste the JSON.')
    .max(5_000_000, 'The file is larger than 5 MB.'),
})

/** A new template's form: one empty price row, nothing else set. */
export const EMPTY_TEMPLATE_FORM: TemplateFormInput = {
  templateId: '',
  version: 0,
  productId: '',
  name: '',
  description: '',
  image: '',
  tags: '',
  prices: [{ currency: 'USD', opening: '', floor: '' }],
  quantity: { initial: '', minimum: '', maximum: '' },
  recurring: { unit: '', count: '' },
  trial: { unit: '', count: '' },
  metadata: [],
  upsellId: '',
  crossSells: [],
}
