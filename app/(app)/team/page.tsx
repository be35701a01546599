import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Team' }

export default function TeamPage() {
  return (
    <NotBuiltYet
      title="Team"
      description="Who works in this workspace, and with which role."
      plans={[
        'invite admins, managers and sales reps',
        'change a member’s role',
        'deactivate and reactivate members',
      ]}
    />
  )
}
