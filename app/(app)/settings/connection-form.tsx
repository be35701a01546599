'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { CURRENCIES, isCurrency } from '@/lib/salesnip/currency-list'
import { removeApiKeyAction } from '@/lib/settings/actions/remove-api-key'
import { saveConnectionAction } from '@/lib/settings/actions/save-connection'
import { testConnectionAction } from '@/lib/settings/actions/test-connection'
import type { ConnectionSettingsInput } from '@/lib/settings/connection-schema'
import type { ConnectionOverview } from '@/lib/settings/connection-settings-data'

const CALLBACK_HINT = 'SaleSnip replaces {SESSION_ID} in it with the session’s id.'

const resolver = deferredZodResolver(() =>
  import('@/lib/settings/connection-schema').then((m) => m.connectionSettingsSchema),
)

export function ConnectionForm({ overview }: { overview: ConnectionOverview }) {
  const defaults: ConnectionSettingsInput = {
    apiKey: '',
    projectId: overview.projectId ?? '',
    defaultCurrency:
      overview.defaultCurrency && isCurrency(overview.defaultCurrency)
        ? overview.defaultCurrency
        : '',
    successUrl: overview.successUrl ?? '',
    cancelUrl: overview.cancelUrl ?? '',
    relayCallbacks: overview.relayCallbacks,
    shortLinks: overview.shortLinks,
  }
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    saveConnectionAction,
    resolver,
    {
      formProps: { defaultValues: defaults },
      actionProps: {
        onSuccess: () => {
          form.resetField('apiKey', { defaultValue: '' })
          toast.success('Connection settings saved.')
        },
      },
    },
  )
  const test = useAction(testConnectionAction, {
    onSuccess: ({ data }) => (data?.ok ? toast.success(data.message) : toast.error(data?.message)),
  })
  const remove = useAction(removeApiKeyAction, {
    onSuccess: () => toast.success('API key removed: the sandbox is in use again.'),
  })
  const { errors } = form.formState

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-4 grid gap-4">
      <FormField
        id="api-key"
        label="API key"
        hint={
          overview.maskedKey
            ? `In use: ${overview.maskedKey}. Leave empty to keep it, or paste a new key to replace it.`
            : 'From SaleSnip’s dashboard, the project’s Keys tab. Stored encrypted; shown only masked.'
        }
        error={errors.apiKey?.message}
      >
        <Input
          type="password"
          autoComplete="off"
          {...controlProps('api-key', errors.apiKey?.message, { hint: true })}
          {...form.register('apiKey')}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="project-id" label="Default project id" error={errors.projectId?.message}>
          <Input
            placeholder="project_…"
            {...controlProps('project-id', errors.projectId?.message)}
            {...form.register('projectId')}
          />
        </FormField>
        <FormField
          id="default-currency"
          label="Default currency"
          error={errors.defaultCurrency?.message}
        >
          <NativeSelect
            {...controlProps('default-currency', errors.defaultCurrency?.message)}
            {...form.register('defaultCurrency')}
          >
            <option value="">No default</option>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <FormField
        id="success-url"
        label="Default success callback"
        hint={CALLBACK_HINT}
        error={errors.successUrl?.message}
      >
        <Input
          type="url"
          placeholder="https://example.com/thanks?session={SESSION_ID}"
          {...controlProps('success-url', errors.successUrl?.message, { hint: true })}
          {...form.register('successUrl')}
        />
      </FormField>
      <FormField
        id="cancel-url"
        label="Default cancel callback"
        hint={CALLBACK_HINT}
        error={errors.cancelUrl?.message}
      >
        <Input
          type="url"
          placeholder="https://example.com/cancelled?session={SESSION_ID}"
          {...controlProps('cancel-url', errors.cancelUrl?.message, { hint: true })}
          {...form.register('cancelUrl')}
        />
      </FormField>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">How each negotiation ends</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            {...form.register('relayCallbacks')}
          />
          <span>
            Record the buyer&apos;s return: SaleSnip sends the buyer back through the console, which
            records an accept or a cancel at once and then sends them on to the callbacks above.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            {...form.register('shortLinks')}
          />
          <span>
            Share the console&apos;s own short links, which count each time the buyer opens the link
            (time and kind of device; no address is kept).
          </span>
        </label>
        {overview.linksProblem && (
          <p className="text-sm text-muted-foreground">{overview.linksProblem}</p>
        )}
      </fieldset>
      {action.result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {action.result.serverError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.isExecuting}>
          {action.isExecuting ? 'Saving…' : 'Save connection'}
        </Button>
        <Button
          type="button"
          variant="outline"
          disabled={test.isExecuting}
          onClick={() => test.execute()}
        >
          {test.isExecuting ? 'Testing…' : 'Test connection'}
        </Button>
        {overview.source === 'settings' && (
          <Button
            type="button"
            variant="outline"
            disabled={remove.isExecuting}
            onClick={() => remove.execute()}
          >
            Remove API key
          </Button>
        )}
      </div>
    </form>
  )
}
