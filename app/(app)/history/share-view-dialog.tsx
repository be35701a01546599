'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { CopyButton } from '@/components/copy-button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { ShareViewTrigger } from './share-view-button'

// The form (react-hook-form, zod and the shared-view schema) loads when the dialog first opens:
// most visits to History never share, and the page's first load stays light.
const ShareViewForm = dynamic(() => import('./share-view-form').then((m) => m.ShareViewForm), {
  loading: () => <p className="text-sm text-muted-foreground">Loading…</p>,
})

/** Shares the current filtered view as a read-only link for someone without an account. */
export function ShareViewDialog({ view }: { view: string }) {
  const [open, setOpen] = useState(false)
  const [link, setLink] = useState<string | null>(null)
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) setLink(null)
      }}
    >
      <DialogTrigger asChild>
        <ShareViewTrigger />
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
          <ShareViewForm view={view} onShared={setLink} />
        )}
      </DialogContent>
    </Dialog>
  )
}
