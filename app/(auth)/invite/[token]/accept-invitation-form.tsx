'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { acceptInvitationAction } from '@/lib/team/actions/accept-invitation'
import { PASSWORD_MIN } from '@/lib/team/password-rule'

const resolver = deferredZodResolver(() =>
  import('@/lib/team/schemas').then((m) => m.acceptInvitationSchema),
)

export function AcceptInvitationForm({ token }: { token: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    acceptInvitationAction,
    resolver,
    { formProps: { defaultValues: { token, name: '', password: '', confirmPassword: '' } } },
  )
  const { errors } = form.formState

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-4">
      <FormField id="name" label="Your name" error={errors.name?.message}>
        <Input
          autoComplete="name"
          {...controlProps('name', errors.name)}
          {...form.register('name')}
        />
      </FormField>
      <FormField
        id="new-password"
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.password?.message}
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...controlProps('new-password', errors.password, { hint: true })}
          {...form.register('password')}
        />
      </FormField>
      <FormField
        id="confirm-password"
        label="Repeat the password"
        error={errors.confirmPassword?.message}
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...controlProps('confirm-password', errors.confirmPassword)}
          {...form.register('confirmPassword')}
        />
      </FormField>
      {action.result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {action.result.serverError}
        </p>
      )}
      <Button type="submit" disabled={action.isExecuting}>
        {action.isExecuting ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  )
}
