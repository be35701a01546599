'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { useState } from 'react'
import { CheckboxFieldset } from '@/components/checkbox-fieldset'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { ShownOnceDialog } from '@/components/shown-once-dialog'
import { createWebhookEndpointAction } from '@/lib/activity/actions/webhooks'
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '@/lib/activity/webhook-kinds'
import type { WebhookEndpointInput } from '@/lib/activity/webhook-schema'

const blank: WebhookEndpointInput = {
  url: '',
  description: '',
  events: ['session.accepted', 'session.cancelled'],
  format: 'standard',
}

/** Registers an endpoint; its signing secret is shown once, in a dialog. */
const resolver = deferredZodResolver(() =>
  import('@/lib/activity/webhook-schema').then((m) => m.webhookEndpointSchema),
)

export function WebhookForm() {
  const [secret, setSecret] = useState<string | null>(null)
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createWebhookEndpointAction,
    resolver,
    {
      formProps: { defaultValues: blank },
      actionProps: {
        onSuccess: ({ data }) => {
          if (data) setSecret(data.secret)
          form.reset(blank)
        },
      },
    },
  )
  const { errors } = form.formState
  return (
    <>
      <form onSubmit={handleSubmitWithAction} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <FormField id="webhook-url" label="Endpoint URL" error={errors.url?.message}>
          <Input
            type="url"
            autoComplete="off"
            placeholder="https://crm.example.com/hooks/studio"
            {...controlProps('webhook-url', errors.url)}
            {...form.register('url')}
          />
        </FormField>
        <FormField id="webhook-description" label="Description" error={errors.description?.message}>
          <Input
            autoComplete="off"
            {...controlProps('webhook-description', errors.description)}
            {...form.register('description')}
          />
        </FormField>
        <FormField id="webhook-format" label="Format" error={errors.format?.message}>
          <NativeSelect
            {...controlProps('webhook-format', errors.format)}
            {...form.register('format')}
          >
            {Object.entries(WEBHOOK_FORMATS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <CheckboxFieldset
          id="webhook-events"
          legend="Events"
          className="grid gap-2 sm:col-span-2 sm:grid-cols-3"
          options={WEBHOOK_EVENTS.map((event) => ({ value: event, label: <code>{event}</code> }))}
          registration={form.register('events')}
          error={errors.events?.message}
        />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={action.isExecuting}>
            {action.isExecuting ? 'Adding…' : 'Add endpoint'}
          </Button>
        </div>
        {action.result.serverError && (
          <p role="alert" className="text-sm text-destructive sm:col-span-2">
            {action.result.serverError}
          </p>
        )}
      </form>
      <ShownOnceDialog
        value={secret}
        onClose={() => setSecret(null)}
        title="Endpoint added"
        description="Verify each delivery’s webhook-signature header with this secret (Standard Webhooks). Copy it now: it is shown only once."
        label="Signing secret"
        copyLabel="Copy secret"
        monospace
      />
    </>
  )
}
