'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { changeMemberRoleAction } from '@/lib/team/actions/change-member-role'
import { reactivateMemberAction } from '@/lib/team/actions/set-member-active'
import type { TeamMember } from '@/lib/team/members-data'
import { DeactivateMemberButton } from './deactivate-member-button'
import { RoleSelect } from './role-select'

type MembersTableProps = { members: TeamMember[]; currentMemberId: string }

const failed = (fallback: string) => ({
  onError: ({ error }: { error: { serverError?: string } }) =>
    toast.error(error.serverError ?? fallback),
})

export function MembersTable({ members, currentMemberId }: MembersTableProps) {
  const changeRole = useAction(changeMemberRoleAction, {
    onSuccess: () => toast.success('Role changed.'),
    ...failed('Could not change the role.'),
  })
  const reactivate = useAction(reactivateMemberAction, {
    onSuccess: () => toast.success('Member reactivated.'),
    ...failed('Could not reactivate the member.'),
  })

  return (
    <table className="mt-3 w-full min-w-[36rem] text-left text-sm">
      <thead className="text-muted-foreground">
        <tr className="border-b">
          <th scope="col" className="py-2 font-medium">
            Name
          </th>
          <th scope="col" className="py-2 font-medium">
            Email
          </th>
          <th scope="col" className="py-2 font-medium">
            Role
          </th>
          <th scope="col" className="py-2 font-medium">
            Status
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row" className="py-2 pr-3 font-medium">
              {member.name}
              {member.id === currentMemberId && (
                <span className="ml-1 text-muted-foreground">(you)</span>
              )}
            </th>
            <td className="py-2 pr-3">{member.email}</td>
            <td className="py-2 pr-3">
              <RoleSelect
                label={`Role of ${member.name}`}
                value={member.role}
                disabled={changeRole.isExecuting}
                onChange={(role) => changeRole.execute({ memberId: member.id, role })}
              />
            </td>
            <td className="py-2 pr-3">
              <Badge tone={member.active ? 'positive' : 'negative'}>
                {member.active ? 'Active' : 'Deactivated'}
              </Badge>
            </td>
            <td className="py-2 text-right">
              {member.id === currentMemberId ? null : member.active ? (
                <DeactivateMemberButton member={member} />
              ) : (
                <Button
                  variant="outline"
                  size="sm"
                  aria-label={`Reactivate ${member.name}`}
                  disabled={reactivate.isExecuting}
                  onClick={() => reactivate.execute({ memberId: member.id })}
                >
                  Reactivate
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
