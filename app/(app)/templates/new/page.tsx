import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { listTemplateOptions } from '@/lib/templates/read-data'
import { EMPTY_TEMPLATE_FORM } from '@/lib/templates/schema'
import { TemplateForm } from '../template-form'

export const metadata: Metadata = { title: 'New template' }

export default async function NewTemplatePage() {
  await requireMember('templates.write')
  const options = await listTemplateOptions()
  return (
    <>
      <PageHeader
        title="New template"
        description="A product your reps can put into any session."
      />
      <TemplateForm defaults={EMPTY_TEMPLATE_FORM} options={options} />
    </>
  )
}
