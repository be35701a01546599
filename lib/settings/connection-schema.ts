import { z } from '@/lib/zod'
import { currencySchema } from '@/lib/salesnip/currencies'
import { LIMITS } from '@/lib/salesnip/limits'
import { isHttpUrl } from '@/lib/salesnip/schemas'

// The SaleSnip connection form: shared by the Settings page and its server action. Empty text means
// "not set" (and, for the API key, "keep the stored key").
const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.url.max)
    .refine((value) => value === '' || isHttpUrl(value), {
      message: `${label} must be an absolute http(s) address; {SESSION_ID} may appear in it.`,
    })

export const connectionSettingsSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .max(200, 'This is longer than any SaleSnip key.')
    .refine((value) => value === '' || value.length >= 8, {
      message: 'This is shorter than a SaleSnip key.',
    }),
  projectId: z.string().trim().max(LIMITS.projectId.max),
  defaultCurrency: z.union([currencySchema, z.literal('')]),
  successUrl: optionalUrl('The success callback'),
  cancelUrl: optionalUrl('The cancel callback'),
  // The console's callback relay and short links (they need a public address: APP_URL).
  relayCallbacks: z.boolean(),
  shortLinks: z.boolean(),
})

export type ConnectionSettingsInput = z.infer<typeof connectionSettingsSchema>
