import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { ImportForm } from './import-form'

export const metadata: Metadata = { title: 'Import templates' }

export default async function ImportPage() {
  await requireMember('templates.write')
  return (
    <>
      <PageHeader
        title="Import templates"
        description="A JSON array of products in SaleSnip’s product shape, like the export. Products update the template with the same product id, or become new templates. Nothing is written unless every product is valid."
      />
      <ImportForm />
    </>
  )
}
