'use server'

import { revalidatePath } from 'next/cache'
import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { enqueue } from '@/lib/jobs/queue'
import { addressProblem } from '@/lib/activity/webhook-address'
import {
  deliveryIdSchema,
  endpointIdSchema,
  webhookEndpointSchema,
} from '@/lib/activity/webhook-schema'
import { resendDelivery } from '@/lib/activity/webhook-deliveries-data'
import { createEndpoint, deleteEndpoint, setEndpointEnabled } from '@/lib/activity/webhooks-data'
import { z } from '@/lib/zod'

// Admins register where session events go, switch endpoints off and on, and resend a delivery.

const NOT_FOUND = () => new AppError('NOT_FOUND', { userMessage: 'This endpoint is gone.' })

export const createWebhookEndpointAction = actionWith('webhooks.manage')
  .inputSchema(webhookEndpointSchema)
  .action(async ({ parsedInput, ctx }) => {
    const problem = await addressProblem(parsedInput.url, {
      production: env.isProduction,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
    })
    if (problem) returnValidationErrors(webhookEndpointSchema, { url: { _errors: [problem] } })
    const made = await createEndpoint(parsedInput, ctx.member.id)
    ctx.audit({
      entity: 'webhook-endpoint',
      entityId: made.id,
      action: `added the webhook endpoint ${parsedInput.url}`,
      after: { events: parsedInput.events.join(' '), format: parsedInput.format },
    })
    revalidatePath('/settings')
    return { id: made.id, secret: made.secret }
  })

export const setWebhookEndpointEnabledAction = actionWith('webhooks.manage')
  .inputSchema(endpointIdSchema.extend({ enabled: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await setEndpointEnabled(parsedInput.endpointId, parsedInput.enabled))) throw NOT_FOUND()
    ctx.audit({
      entity: 'webhook-endpoint',
      entityId: parsedInput.endpointId,
      action: parsedInput.enabled ? 'enabled a webhook endpoint' : 'disabled a webhook endpoint',
    })
    revalidatePath('/settings')
    revalidatePath(`/settings/webhooks/${parsedInput.endpointId}`)
    return { enabled: parsedInput.enabled }
  })

export const deleteWebhookEndpointAction = actionWith('webhooks.manage')
  .inputSchema(endpointIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!(await deleteEndpoint(parsedInput.endpointId))) throw NOT_FOUND()
    ctx.audit({
      entity: 'webhook-endpoint',
      entityId: parsedInput.endpointId,
      action: 'removed a webhook endpoint',
    })
    revalidatePath('/settings')
    return { deleted: true }
  })

export const resendWebhookDeliveryAction = actionWith('webhooks.manage')
  .inputSchema(deliveryIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deliveryId = await resendDelivery(parsedInput.deliveryId)
    if (!deliveryId) throw new AppError('NOT_FOUND', { userMessage: 'This delivery is gone.' })
    await enqueue('webhook-deliver', { deliveryId })
    ctx.audit({
      entity: 'webhook-delivery',
      entityId: parsedInput.deliveryId,
      action: 'resent a webhook delivery',
    })
    return { deliveryId }
  })
