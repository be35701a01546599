import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { getTemplate, listTemplateOptions } from '@/lib/templates/read-data'
import { valuesToForm } from '@/lib/templates/record'
import { TemplateForm } from '../../template-form'

export const metadata: Metadata = { title: 'Edit template' }

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireMember('templates.write')
  const { id } = await params
  const [template, options] = await Promise.all([getTemplate(id), listTemplateOptions()])
  if (!template) notFound()
  return (
    <>
      <PageHeader title={`Edit ${template.values.name}`} />
      <TemplateForm
        defaults={valuesToForm(template.values, {
          templateId: template.id,
          version: template.version,
        })}
        options={options}
      />
    </>
  )
}
