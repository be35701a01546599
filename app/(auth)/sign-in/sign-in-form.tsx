'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/password-input'
import { signInAction } from '@/lib/auth/actions/sign-in'

const resolver = deferredZodResolver(() =>
  import('@/lib/auth/sign-in-schema').then((m) => m.signInSchema),
)

export function SignInForm({ next, email }: { next: string; email: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(signInAction, resolver, {
    formProps: { defaultValues: { email, password: '', next } },
  })
  const { errors } = form.formState
  const serverError = action.result.serverError

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-4">
      <FormField id="email" label="Email" error={errors.email?.message}>
        <Input
          type="email"
          autoComplete="username"
          // The one thing to do on this page; with the email known, the password is next.
          autoFocus={!email}
          defaultValue={email}
          {...controlProps('email', errors.email)}
          {...form.register('email')}
        />
      </FormField>
      <FormField id="password" label="Password" error={errors.password?.message}>
        <PasswordInput
          autoComplete="current-password"
          autoFocus={Boolean(email)}
          {...controlProps('password', errors.password)}
          {...form.register('password')}
        />
      </FormField>
      <input type="hidden" {...form.register('next')} />
      {serverError && (
        <p role="alert" className="text-sm text-destructive">
          {serverError}
        </p>
      )}
      <Button type="submit" disabled={action.isExecuting}>
        {action.isExecuting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
