import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { requireMember } from '@/lib/auth/current-member'
import { listPendingInvitations } from '@/lib/team/invitations-data'
import { listMembers } from '@/lib/team/members-data'
import { InviteMemberForm } from './invite-member-form'
import { MembersTable } from './members-table'
import { PendingInvitations } from './pending-invitations'

export const metadata: Metadata = { title: 'Team' }

export default async function TeamPage() {
  const admin = await requireMember('team.manage')
  const [members, invitations] = await Promise.all([listMembers(), listPendingInvitations()])
  return (
    <>
      <PageHeader title="Team" description="Who works in this workspace, and with which role." />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card aria-labelledby="invite-title">
          <CardTitle id="invite-title">Invite a member</CardTitle>
          <CardDescription>
            You get a link to send them; it works once and expires after 7 days.
          </CardDescription>
          <InviteMemberForm />
        </Card>
        {invitations.length > 0 && <PendingInvitations invitations={invitations} />}
        <Card aria-labelledby="members-title" className="relative overflow-x-auto">
          <CardTitle id="members-title">Members</CardTitle>
          <MembersTable members={members} currentMemberId={admin.id} />
        </Card>
      </div>
    </>
  )
}
