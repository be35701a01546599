import { z } from '@/lib/zod'
import { currencyDecimals, currencySchema } from './currencies'
import { LIMITS, PERIOD_UNITS, SESSION_ID_PLACEHOLDER } from './limits'

// SaleSnip's language: the body of POST /v1/sessions, its answer, and GET /v1/sessions/{id}.
// Keys are declared in the reference's order, so that a parsed body serialises back to the same JSON.
// Prices are major-unit numbers here (the wire format); the app keeps minor units (money.ts).
// Which product fields are required is not documented: we require id, name and price, the least a
// negotiation needs, and leave the rest optional.

const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.url.max)
    .refine((value) => isHttpUrl(value), { message: `${label} must be an http(s) address.` })

/** Absolute http(s) URL; the literal {SESSION_ID} may appear anywhere in it. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.replaceAll(SESSION_ID_PLACEHOLDER, 'SESSION_ID'))
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

const metadataSchema = z
  .record(
    z
      .string()
      .min(1, 'A metadata key cannot be empty.')
      .max(LIMITS.metadata.keyLength, {
        message: `Metadata keys are at most ${LIMITS.metadata.keyLength} characters.`,
      }),
    z.string({ message: 'Metadata values are text.' }).max(LIMITS.metadata.valueLength, {
      message: `Metadata values are at most ${LIMITS.metadata.valueLength} characters.`,
    }),
  )
  .refine((map) => Object.keys(map).length <= LIMITS.metadata.keys, {
    message: `At most ${LIMITS.metadata.keys} metadata entries.`,
  })

const amount = z
  .number({ message: 'Enter an amount.' })
  .min(0, 'Prices cannot be negative.')
  .max(LIMITS.price.max, 'This price is too large.')

export const priceSchema = z
  .object({ initial: amount, minimum: amount })
  .refine((price) => price.minimum <= price.initial, {
    path: ['minimum'],
    message: 'The floor price cannot be above the opening price.',
  })

const count = z
  .number({ message: 'Enter a whole number.' })
  .int('Enter a whole number.')
  .min(LIMITS.quantity.min, `At least ${LIMITS.quantity.min}.`)
  .max(LIMITS.quantity.max, `At most ${LIMITS.quantity.max}.`)

const quantitySchema = z
  .object({ initial: count, maximum: count, minimum: count })
  .superRefine((quantity, context) => {
    if (quantity.minimum > quantity.initial) {
      context.addIssue({
        code: 'custom',
        path: ['minimum'],
        message: 'The minimum cannot be above the opening quantity.',
      })
    }
    if (quantity.initial > quantity.maximum) {
      context.addIssue({
        code: 'custom',
        path: ['maximum'],
        message: 'The maximum cannot be below the opening quantity.',
      })
    }
  })

const periodSchema = z.object({
  unit: z.enum(PERIOD_UNITS, { message: 'Choose day, week, month or year.' }),
  count: z
    .number({ message: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(LIMITS.periodCount.min, 'At least 1.')
    .max(LIMITS.periodCount.max, `At most ${LIMITS.periodCount.max}.`),
})

/** A product as SaleSnip takes it: cross-sells and upsells have this shape. */
export const productSchema = z.strictObject({
  id: z.string().trim().min(1, 'Enter a product id.').max(LIMITS.productId.max),
  name: z.string().trim().min(1, 'Enter a product name.').max(LIMITS.name.max),
  description: z.string().max(LIMITS.description.max).optional(),
  image: httpUrl('The image').optional(),
  price: priceSchema,
  quantity: quantitySchema.optional(),
  recurring: periodSchema.optional(),
  trial: periodSchema.optional(),
  metadata: metadataSchema.optional(),
  upsellProduct: z
    .never({ message: 'An upsell or cross-sell cannot have an upsell of its own.' })
    .optional(),
})

/** A main product: it may carry one upsell, which has no upsell of its own. */
const mainProductSchema = productSchema.extend({ upsellProduct: productSchema.optional() })

const callbacksSchema = z.strictObject({
  success: httpUrl('The success callback').optional(),
  cancel: httpUrl('The cancel callback').optional(),
})

export const createSessionRequestSchema = z
  .strictObject({
    projectId: z.string().trim().min(1, 'Enter the SaleSnip project id.').max(LIMITS.projectId.max),
    currency: currencySchema,
    callbacks: callbacksSchema.optional(),
    products: z
      .array(mainProductSchema)
      .min(LIMITS.products.min, 'Add at least one product.')
      .max(LIMITS.products.max, `At most ${LIMITS.products.max} products.`),
    crossSellProducts: z
      .array(productSchema)
      .max(LIMITS.crossSells.max, `At most ${LIMITS.crossSells.max} cross-sells.`)
      .optional(),
    metadata: metadataSchema.optional(),
  })
  .superRefine((body, context) => {
    // A price must be exact in the session's currency: no 19.999 USD, no 1.5 JPY.
    const decimals = currencyDecimals(body.currency)
    const check = (price: { initial: number; minimum: number }, path: (string | number)[]) => {
      for (const key of ['initial', 'minimum'] as const) {
        if (!hasAtMostDecimals(price[key], decimals)) {
          context.addIssue({
            code: 'custom',
            path: [...path, 'price', key],
            message: `${body.currency} prices have at most ${decimals} decimals.`,
          })
        }
      }
    }
    body.products.forEach((product, index) => {
      check(product.price, ['products', index])
      if (product.upsellProduct)
        check(product.upsellProduct.price, ['products', index, 'upsellProduct'])
    })
    body.crossSellProducts?.forEach((product, index) =>
      check(product.price, ['crossSellProducts', index]),
    )
  })

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const text = String(value)
  if (/e/i.test(text)) return false
  return (text.split('.')[1]?.length ?? 0) <= decimals
}

export const createSessionResponseSchema = z.object({
  id: z.string().min(1),
  url: httpUrl('The session url'),
})

const negotiatedProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  price: z.object({ current: z.number(), initial: z.number(), minimum: z.number() }),
  quantity: z
    .object({ current: z.number(), initial: z.number(), minimum: z.number(), maximum: z.number() })
    .optional(),
})

const SESSION_STATUSES = ['ACTIVE', 'COMPLETE'] as const

export const getSessionResponseSchema = z.object({
  id: z.string().min(1),
  project: z.string(),
  url: z.string(),
  status: z.enum(SESSION_STATUSES),
  currency: z.string(),
  products: z.array(negotiatedProductSchema),
  metadata: z.record(z.string(), z.string()).optional(),
})

export type Product = z.infer<typeof productSchema>
export type MainProduct = z.infer<typeof mainProductSchema>
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>
export type GetSessionResponse = z.infer<typeof getSessionResponseSchema>
