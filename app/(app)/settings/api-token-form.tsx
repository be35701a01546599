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
import { createApiTokenAction } from '@/lib/api/actions/tokens'
import { API_SCOPES, SCOPE_LABELS } from '@/lib/api/scopes'
import type { CreateApiTokenInput } from '@/lib/api/token-schema'

const LIFETIMES = { '30': 'In 30 days', '90': 'In 90 days', '365': 'In a year', never: 'Never' }

/** Makes a token acting as a member, within scopes; its secret is shown once, in a dialog. */
const resolver = deferredZodResolver(() =>
  import('@/lib/api/token-schema').then((m) => m.createApiTokenSchema),
)

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
    resolver,
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
        <CheckboxFieldset
          id="token-scopes"
          legend="Scopes"
          className="grid gap-2 sm:col-span-3"
          options={API_SCOPES.map((scope) => ({
            value: scope,
            label: (
              <>
                {SCOPE_LABELS[scope]} <code className="text-xs text-muted-foreground">{scope}</code>
              </>
            ),
          }))}
          registration={form.register('scopes')}
          error={errors.scopes?.message}
        />
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
      <ShownOnceDialog
        value={secret?.value ?? null}
        onClose={() => setSecret(null)}
        title={`Token “${secret?.name}” created`}
        description="Copy it now: it is shown only once. Only a hash of it is kept, so nobody can see it again."
        label="API token"
        copyLabel="Copy token"
        monospace
      />
    </>
  )
}
