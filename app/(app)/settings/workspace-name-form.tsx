'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { toast } from '@/components/toast'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { updateWorkspaceNameAction } from '@/lib/settings/actions/update-workspace-name'

const resolver = deferredZodResolver(() =>
  import('@/lib/settings/workspace-schema').then((m) => m.workspaceNameSchema),
)

export function WorkspaceNameForm({ name }: { name: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    updateWorkspaceNameAction,
    resolver,
    {
      formProps: { defaultValues: { name } },
      actionProps: {
        onSuccess: ({ data }) => {
          if (data) form.reset({ name: data.name })
          toast.success('Workspace name saved.')
        },
      },
    },
  )
  const error = form.formState.errors.name?.message
  const serverError = action.result.serverError

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-4 grid max-w-md gap-4">
      <FormField id="workspace-name" label="Workspace name" error={error}>
        <Input
          autoComplete="organization"
          {...controlProps('workspace-name', error)}
          defaultValue={name} // in the server HTML too, before the form hydrates
          {...form.register('name')}
        />
      </FormField>
      {serverError && (
        <p role="alert" className="text-sm text-destructive">
          {serverError}
        </p>
      )}
      <div>
        <Button type="submit" disabled={action.isPending}>
          {action.isPending ? 'Saving…' : 'Save name'}
        </Button>
      </div>
    </form>
  )
}
