import { z } from '@/lib/zod'
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from './webhook-kinds'

// Webhook endpoints as an admin registers them, shared by the Settings form and its action.

export const webhookEndpointSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'Enter the address, like https://crm.example.com/hooks.' })
    .max(500, 'At most 500 characters.'),
  description: z.string().trim().max(100, 'At most 100 characters.'),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'Choose at least one event.'),
  format: z.enum(Object.keys(WEBHOOK_FORMATS) as ['standard', 'slack']),
})
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>

export const endpointIdSchema = z.object({ endpointId: z.string().min(1).max(64) })
export const deliveryIdSchema = z.object({ deliveryId: z.string().min(1).max(64) })
