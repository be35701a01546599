import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'
import { requireMember } from '@/lib/auth/current-member'

export const metadata: Metadata = { title: 'Templates' }

export default async function TemplatesPage() {
  await requireMember()
  return (
    <NotBuiltYet
      title="Templates"
      description="The catalogue of reusable products."
      plans={[
        'keep products with prices per currency, quantities, billing and trials',
        'attach upsells and suggested cross-sells',
        'import and export the catalogue as JSON',
      ]}
    />
  )
}
