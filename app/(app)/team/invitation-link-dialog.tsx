'use client'

import { CopyButton } from '@/components/copy-button'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

type InvitationLinkDialogProps = {
  invitation: { email: string; path: string; emailed: boolean } | null
  onClose: () => void
}

/** Shows a new invitation's link once (also emailed to the invitee when SMTP is set up). */
export function InvitationLinkDialog({ invitation, onClose }: InvitationLinkDialogProps) {
  const link = invitation ? `${window.location.origin}${invitation.path}` : ''
  return (
    <Dialog open={invitation !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogTitle>Invitation ready</DialogTitle>
        <DialogDescription>
          {invitation?.emailed
            ? `An email with this link is on its way to ${invitation.email}; you can also send it yourself.`
            : `Send this link to ${invitation?.email}.`}{' '}
          It is shown only now, works once and expires in 7 days.
        </DialogDescription>
        <div className="grid gap-1.5">
          <Label htmlFor="invitation-link">Invitation link</Label>
          <Input id="invitation-link" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
        <div>
          <CopyButton value={link} label="Copy link" />
        </div>
      </DialogContent>
    </Dialog>
  )
}
