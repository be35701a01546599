'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { createSharedViewAction } from '@/lib/history/actions/share-view'
import { createSharedViewSchema } from '@/lib/history/share-schema'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** The share dialog's form: a name, the last day and whether emails show; `onShared` gets the link. */
export function ShareViewForm({
  view,
  onShared,
}: {
  view: string
  onShared: (link: string) => void
}) {
  const blank = { name: '', view, expiresOn: inDays(30), showEmails: false }
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createSharedViewAction,
    zodResolver(createSharedViewSchema),
    {
      formProps: { defaultValues: blank, values: blank },
      actionProps: {
        onSuccess: ({ data }) => data && onShared(`${window.location.origin}${data.path}`),
      },
    },
  )
  const { errors } = form.formState
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-4">
      <FormField id="share-name" label="Name" error={errors.name?.message}>
        <Input
          autoComplete="off"
          {...controlProps('share-name', errors.name)}
          {...form.register('name')}
        />
      </FormField>
      <FormField id="share-expires" label="Available until" error={errors.expiresOn?.message}>
        <Input
          type="date"
          {...controlProps('share-expires', errors.expiresOn)}
          {...form.register('expiresOn')}
        />
      </FormField>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" {...form.register('showEmails')} />
        Show buyers’ email addresses
      </label>
      <div>
        <Button type="submit" disabled={action.isExecuting}>
          {action.isExecuting ? 'Sharing…' : 'Create link'}
        </Button>
      </div>
      {action.result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {action.result.serverError}
        </p>
      )}
    </form>
  )
}
