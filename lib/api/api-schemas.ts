import { z } from '@/lib/zod'
import { composeFieldsSchema } from '@/lib/compose/schema'
import { STATUS_WORDS, type StatusWord } from '@/lib/sessions/status'

// The shapes /api/v1 speaks, one zod schema each: the handlers build their answers with them and the
// OpenAPI document (./openapi.ts) is generated from them.

export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
})
export type ApiErrorBody = z.infer<typeof apiErrorSchema>

/** A composition, as the composer's form holds it (amounts as text in the session's currency).
 *  The same schema as the form's, without what only the form needs; the key is a header. */
export const apiCreateSessionSchema = composeFieldsSchema
  .omit({
    idempotencyKey: true,
    draftId: true,
    dismissedCrossSellIds: true,
    replacesSessionId: true,
  })
  .extend({
    metadata: composeFieldsSchema.shape.metadata.default([]),
    crossSells: composeFieldsSchema.shape.crossSells.default([]),
  })

const statusWords = Object.keys(STATUS_WORDS) as [StatusWord, ...StatusWord[]]

export const apiSessionSchema = z.object({
  id: z.string(),
  status: z.enum(statusWords).nullable(),
  createdAt: z.string(),
  rep: z.string(),
  buyer: z.object({
    name: z.string(),
    email: z.string(),
    company: z.string(),
    dealReference: z.string(),
  }),
  products: z.array(z.string()),
  currency: z.string(),
  openingTotalMinor: z.number().int(),
  agreedTotalMinor: z.number().int().nullable(),
  discountBp: z.number().int().nullable(),
  salesnipId: z.string().nullable(),
  /** The link to send the buyer (the console's short link when there is one). */
  link: z.string().nullable(),
  salesnipUrl: z.string().nullable(),
})

export const apiSessionDetailSchema = apiSessionSchema.extend({
  opens: z.object({ count: z.number().int(), firstAt: z.string().nullable() }),
  outcome: z
    .array(z.record(z.string(), z.unknown()))
    .nullable()
    .describe('What SaleSnip reported per product, once read back'),
  outcomeReadAt: z.string().nullable(),
})

export const apiCreatedSchema = z.object({
  session: apiSessionDetailSchema,
  replay: z.boolean().describe('true when this Idempotency-Key had already created the session'),
})

export const apiHistoryPageSchema = z.object({
  data: z.array(apiSessionSchema),
  next: z.string().nullable().describe('Pass as `after` for the next page'),
  previous: z.string().nullable().describe('Pass as `before` for the previous page'),
})

export const apiTemplateSchema = z.object({
  id: z.string(),
  productId: z.string(),
  name: z.string(),
  tags: z.array(z.string()),
  prices: z.array(z.object({ currency: z.string(), openingMinor: z.number().int() })),
  upsellName: z.string().nullable(),
  updatedAt: z.string(),
})

export const apiTemplateListSchema = z.object({
  data: z.array(apiTemplateSchema),
  total: z.number().int(),
  page: z.number().int(),
})

export const apiTemplateDetailSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
  values: z.record(z.string(), z.unknown()),
  upsell: z.object({ id: z.string(), name: z.string() }).nullable(),
  crossSells: z.array(z.object({ id: z.string(), name: z.string() })),
})
