import type { Metadata } from 'next'
import { NotBuiltYet } from '@/components/not-built-yet'

export const metadata: Metadata = { title: 'Templates' }

export default function TemplatesPage() {
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
