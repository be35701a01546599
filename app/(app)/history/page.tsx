import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'
import { requireMember } from '@/lib/auth/current-member'

export const metadata: Metadata = { title: 'History' }

export default async function HistoryPage() {
  await requireMember()
  return (
    <NotBuiltYet
      title="History"
      description="Every link the team has generated."
      plans={[
        'search and filter every session the team created',
        'copy, open, share and export links',
        'see how each negotiation ended',
      ]}
    />
  )
}
