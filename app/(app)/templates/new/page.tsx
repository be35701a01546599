import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { listTemplateOptions } from '@/lib/templates/queries'
import type { TemplateFormInput } from '@/lib/templates/schema'
import { TemplateForm } from '../template-form'

export const metadata: Metadata = { title: 'New template' }

const EMPTY: TemplateFormInput = {
  templateId: '',
  version: 0,
  productId: '',
  name: '',
  description: '',
  image: '',
  tags: '',
  prices: [{ currency: 'USD', opening: '', floor: '' }],
  quantity: { initial: '', minimum: '', maximum: '' },
  recurring: { unit: '', count: '' },
  trial: { unit: '', count: '' },
  metadata: [],
  upsellId: '',
  crossSells: [],
}

export default async function NewTemplatePage() {
  await requireMember(['admin', 'manager'])
  const options = await listTemplateOptions()
  return (
    <>
      <PageHeader
        title="New template"
        description="A product your reps can put into any session."
      />
      <TemplateForm defaults={EMPTY} options={options} />
    </>
  )
}
