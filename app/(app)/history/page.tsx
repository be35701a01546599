import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'History' }

export default function HistoryPage() {
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
