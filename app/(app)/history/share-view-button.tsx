'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { Share2 } from 'lucide-react'
import { useState } from 'react'
import { CopyButton } from '@/components/copy-button'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { createSharedViewAction } from '@/lib/history/actions/share-view'
import { createSharedViewSchema } from '@/lib/history/share-schema'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Shares the current filtered view as a read-only link for someone without an account. */
export function ShareViewButton({ view }: { view: string }) {
  const [open, setOpen] = useState(false)
  const [link, setLink] = useState<string | null>(null)
  const blank = { name: '', view, expiresOn: inDays(30), showEmails: false }
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createSharedViewAction,
    zodResolver(createSharedViewSchema),
    {
      formProps: { defaultValues: blank, values: blank },
      actionProps: {
        onSuccess: ({ data }) => data && setLink(`${window.location.origin}${data.path}`),
      },
    },
  )
  const { errors } = form.formState
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) setLink(null)
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Share2 aria-hidden /> Share view
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{link ? 'Shared view ready' : 'Share this view'}</DialogTitle>
        <DialogDescription>
          {link
            ? 'Anyone with this link sees these sessions, read-only, until the day you chose. Copy it now: it is shown only once. Revoke it on Settings.'
            : 'A read-only link to the sessions this view shows, for someone without an account. No chat links; every visit is logged.'}
        </DialogDescription>
        {link ? (
          <>
            <div className="grid gap-1.5">
              <Label htmlFor="shared-link">Link</Label>
              <Input id="shared-link" readOnly value={link} onFocus={(e) => e.target.select()} />
            </div>
            <div>
              <CopyButton value={link} label="Copy link" />
            </div>
          </>
        ) : (
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
        )}
      </DialogContent>
    </Dialog>
  )
}
