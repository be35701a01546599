import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'
import { requireMember } from '@/lib/auth/current-member'

export const metadata: Metadata = { title: 'Compose' }

export default async function ComposePage() {
  await requireMember()
  return (
    <NotBuiltYet
      title="Compose"
      description="Build a negotiation session for one buyer."
      plans={[
        'pick products from the catalogue and adjust prices and quantities for one buyer',
        'preview the exact JSON sent to SaleSnip',
        'create the session once and copy its chat link',
      ]}
    />
  )
}
