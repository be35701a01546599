'use client'

import { ShownOnceDialog } from '@/components/shown-once-dialog'

type InvitationLinkDialogProps = {
  invitation: { email: string; path: string; emailed: boolean } | null
  onClose: () => void
}

/** Shows a new invitation's link once (also emailed to the invitee when SMTP is set up). */
export function InvitationLinkDialog({ invitation, onClose }: InvitationLinkDialogProps) {
  return (
    <ShownOnceDialog
      value={invitation ? `${window.location.origin}${invitation.path}` : null}
      onClose={onClose}
      title="Invitation ready"
      description={`${
        invitation?.emailed
          ? `An email with this link is on its way to ${invitation.email}; you can also send it yourself.`
          : `Send this link to ${invitation?.email}.`
      } It is shown only now, works once and expires in 7 days.`}
      label="Invitation link"
      copyLabel="Copy link"
    />
  )
}
