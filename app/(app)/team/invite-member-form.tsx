'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { inviteMemberAction } from '@/lib/team/actions/invite-member'
import { InvitationLinkDialog } from './invitation-link-dialog'
import { RoleSelect } from './role-select'

const resolver = deferredZodResolver(() =>
  import('@/lib/team/schemas').then((m) => m.inviteMemberSchema),
)

export function InviteMemberForm() {
  const [invitation, setInvitation] = useState<{
    email: string
    path: string
    emailed: boolean
  } | null>(null)
  const { form, action, handleSubmitWithAction } = useHookFormAction(inviteMemberAction, resolver, {
    formProps: { defaultValues: { email: '', role: 'rep' } },
    actionProps: {
      onSuccess: ({ data, input }) => {
        if (data)
          setInvitation({ email: input.email, path: data.invitePath, emailed: data.emailed })
        form.reset({ email: '', role: 'rep' })
      },
    },
  })
  const { errors } = form.formState

  return (
    <>
      <form
        onSubmit={handleSubmitWithAction}
        noValidate
        className="mt-4 grid items-start gap-4 sm:grid-cols-[1fr_auto_auto]"
      >
        <FormField id="invite-email" label="Email" error={errors.email?.message}>
          <Input
            type="email"
            autoComplete="off"
            {...controlProps('invite-email', errors.email)}
            {...form.register('email')}
          />
        </FormField>
        <FormField id="invite-role" label="Role" error={errors.role?.message}>
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <RoleSelect id="invite-role" value={field.value} onChange={field.onChange} />
            )}
          />
        </FormField>
        <Button type="submit" className="sm:mt-5.5" disabled={action.isExecuting}>
          {action.isExecuting ? 'Inviting…' : 'Invite'}
        </Button>
        {action.result.serverError && (
          <p role="alert" className="text-sm text-destructive sm:col-span-3">
            {action.result.serverError}
          </p>
        )}
      </form>
      <InvitationLinkDialog invitation={invitation} onClose={() => setInvitation(null)} />
    </>
  )
}
