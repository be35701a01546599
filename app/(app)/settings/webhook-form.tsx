'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { useState } from 'react'
import { CopyButton } from '@/components/copy-button'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'
import { createWebhookEndpointAction } from '@/lib/activity/actions/webhooks'
import {
  WEBHOOK_EVENTS,
  WEBHOOK_FORMATS,
  webhookEndpointSchema,
  type WebhookEndpointInput,
} from '@/lib/activity/webhook-schema'

const blank: WebhookEndpointInput = {
  url: '',
  description: '',
  events: ['session.accepted', 'session.cancelled'],
  format: 'standard',
}

/** Registers an endpoint; its signing secret is shown once, in a dialog. */
export function WebhookForm() {
  const [secret, setSecret] = useState<string | null>(null)
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createWebhookEndpointAction,
    zodResolver(webhookEndpointSchema),
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
        <fieldset className="grid gap-2 sm:col-span-2" aria-describedby="webhook-events-error">
          <legend className="mb-1 text-sm font-medium">Events</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  value={event}
                  className="size-4"
                  {...form.register('events')}
                />
                <code>{event}</code>
              </label>
            ))}
          </div>
          <p
            id="webhook-events-error"
            className="text-sm text-destructive empty:hidden"
            aria-live="polite"
          >
            {errors.events?.message}
          </p>
        </fieldset>
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
      <Dialog open={secret !== null} onOpenChange={(open) => !open && setSecret(null)}>
        <DialogContent>
          <DialogTitle>Endpoint added</DialogTitle>
          <DialogDescription>
            Verify each delivery’s webhook-signature header with this secret (Standard Webhooks).
            Copy it now: it is shown only once.
          </DialogDescription>
          <div className="grid gap-1.5">
            <Label htmlFor="webhook-secret">Signing secret</Label>
            <Input
              id="webhook-secret"
              readOnly
              value={secret ?? ''}
              className="font-mono"
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div>
            <CopyButton value={secret ?? ''} label="Copy secret" />
          </div>
        </DialogContent>
      </Dialog>
    </>
  )
}
