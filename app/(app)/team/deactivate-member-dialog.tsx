'use client'

import { useAction } from 'next-safe-action/hooks'
import { useState } from 'react'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { deactivateMemberAction } from '@/lib/team/actions/set-member-active'
import { DeactivateTrigger } from './deactivate-member-button'

/** Asks before deactivating a member (loaded after the page: deactivate-member-button.tsx). */
export function DeactivateMemberDialog({ member }: { member: { id: string; name: string } }) {
  const [open, setOpen] = useState(false)
  const deactivate = useAction(deactivateMemberAction)
  // Awaited here rather than in the hook's callbacks: once deactivated, this row re-renders without
  // this button, and a callback of an unmounted component may never run.
  async function confirm() {
    const result = await deactivate.executeAsync({ memberId: member.id })
    setOpen(false)
    if (result?.serverError) toast.error(result.serverError)
    else toast.success(`${member.name} is deactivated.`)
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <DeactivateTrigger name={member.name} />
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Deactivate {member.name}?</DialogTitle>
        <DialogDescription>
          They are signed out everywhere and cannot sign in until an admin reactivates them. Their
          work stays in the history.
        </DialogDescription>
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" disabled={deactivate.isExecuting} onClick={confirm}>
            Deactivate
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  )
}
