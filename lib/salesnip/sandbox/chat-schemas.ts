import { z } from '@/lib/zod'

// The buyer's moves in the sandbox chat. The session id is the buyer's only key, as with SaleSnip.
const sessionId = z.string().regex(/^session_\w+$/, 'Unknown session.')
const itemKey = z.string().regex(/^(p\d+u?|x\d+)$/, 'Unknown product.')

export const offerSchema = z.object({
  sessionId,
  itemKey,
  price: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'Enter an amount, like 80 or 79.50.'),
  quantity: z.coerce.number<string | number>().int('Enter a whole number.').min(1).optional(),
})
export const extraSchema = z.object({ sessionId, itemKey, included: z.boolean() })
export const finishSchema = z.object({ sessionId, outcome: z.enum(['accept', 'cancel']) })
