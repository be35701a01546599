import type { Metadata } from 'next'
import Link from 'next/link'
import { ROLE_LABELS } from '@/lib/auth/roles'
import { findInvitation } from '@/lib/team/invitations-data'
import { getWorkspace } from '@/lib/settings/data'
import { AcceptInvitationForm } from './accept-invitation-form'

export const metadata: Metadata = { title: 'Join the team' }

const PROBLEMS = {
  expired: 'This invitation has expired. Ask an admin of your team for a new one.',
  used: 'This invitation was already used. Sign in with the account it created.',
  unknown: 'This invitation link is not valid. Ask an admin of your team for a new one.',
} as const

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [invitation, workspace] = await Promise.all([findInvitation(token), getWorkspace()])
  if (invitation.status !== 'valid') {
    return (
      <>
        <h1 className="mb-3 text-xl font-semibold">Invitation unavailable</h1>
        <p className="text-muted-foreground">{PROBLEMS[invitation.status]}</p>
        <Link
          href="/sign-in"
          className="mt-4 inline-block text-primary underline underline-offset-4"
        >
          Go to sign-in
        </Link>
      </>
    )
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Join {workspace.name}</h1>
      <p className="mt-1 mb-6 text-sm text-muted-foreground">
        You are invited as {ROLE_LABELS[invitation.role]} with {invitation.email}. Choose your name
        and a password.
      </p>
      <AcceptInvitationForm token={token} />
    </>
  )
}
