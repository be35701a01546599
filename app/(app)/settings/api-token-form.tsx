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
import { createApiTokenAction } from '@/lib/api/actions/tokens'
import { API_SCOPES, SCOPE_LABELS } from '@/lib/api/scopes'
import { createApiTokenSchema, type CreateApiTokenInput } from '@/lib/api/token-schema'

const LIFETIMES = { '30': 'In 30 days', '90': 'In 90 days', '365': 'In a year', never: 'Never' }

/** Makes a token acting as a member, within scopes; its secret is shown once, in a dialog. */
export function ApiTokenForm({ members }: { members: { id: string; name: string }[] }) {
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null)
  const blank: CreateApiTokenInput = {
    name: '',
    memberId: '',
    scopes: ['templates:read', 'sessions:read', 'sessions:write'],
    expiresInDays: '90',
  }
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createApiTokenAction,
    zodResolver(createApiTokenSchema),
    {
      formProps: { defaultValues: blank },
      actionProps: {
        onSuccess: ({ data, input }) => {
          if (data) setSecret({ name: input.name, value: data.secret })
          form.reset(blank)
        },
      },
    },
  )
  const { errors } = form.formState

  return (
    <>
      <form onSubmit={handleSubmitWithAction} noValidate className="mt-4 grid gap-4 sm:grid-cols-3">
        <FormField id="token-name" label="Name" error={errors.name?.message}>
          <Input
            autoComplete="off"
            placeholder="HubSpot"
            {...controlProps('token-name', errors.name)}
            {...form.register('name')}
          />
        </FormField>
        <FormField id="token-member" label="Acts as" error={errors.memberId?.message}>
          <NativeSelect
            {...controlProps('token-member', errors.memberId)}
            {...form.register('memberId')}
          >
            <option value="">Choose a member…</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="token-expiry" label="Expires" error={errors.expiresInDays?.message}>
          <NativeSelect
            {...controlProps('token-expiry', errors.expiresInDays)}
            {...form.register('expiresInDays')}
          >
            {Object.entries(LIFETIMES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <fieldset className="grid gap-2 sm:col-span-3" aria-describedby="token-scopes-error">
          <legend className="mb-1 text-sm font-medium">Scopes</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={scope}
                className="size-4"
                {...form.register('scopes')}
              />
              <span>
                {SCOPE_LABELS[scope]} <code className="text-xs text-muted-foreground">{scope}</code>
              </span>
            </label>
          ))}
          <p
            id="token-scopes-error"
            className="text-sm text-destructive empty:hidden"
            aria-live="polite"
          >
            {errors.scopes?.message}
          </p>
        </fieldset>
        <div className="sm:col-span-3">
          <Button type="submit" disabled={action.isExecuting}>
            {action.isExecuting ? 'Creating…' : 'Create token'}
          </Button>
        </div>
        {action.result.serverError && (
          <p role="alert" className="text-sm text-destructive sm:col-span-3">
            {action.result.serverError}
          </p>
        )}
      </form>
      <Dialog open={secret !== null} onOpenChange={(open) => !open && setSecret(null)}>
        <DialogContent>
          <DialogTitle>Token “{secret?.name}” created</DialogTitle>
          <DialogDescription>
            Copy it now: it is shown only once. Only a hash of it is kept, so nobody can see it
            again.
          </DialogDescription>
          <div className="grid gap-1.5">
            <Label htmlFor="token-secret">API token</Label>
            <Input
              id="token-secret"
              readOnly
              value={secret?.value ?? ''}
              className="font-mono"
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div>
            <CopyButton value={secret?.value ?? ''} label="Copy token" />
          </div>
        </DialogContent>
      </Dialog>
    </>
  )
}
