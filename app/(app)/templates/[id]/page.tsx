import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CopyButton } from '@/components/copy-button'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { listAuditEvents } from '@/lib/audit/data'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { formatMoney } from '@/lib/salesnip/money'
import { templateProductJson } from '@/lib/templates/preview'
import { getTemplate } from '@/lib/templates/read-data'
import { ChangeHistory } from '@/components/change-history'
import { TemplateActions } from './template-actions'

export const metadata: Metadata = { title: 'Template' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ currency?: string }> }

export default async function TemplatePage({ params, searchParams }: Props) {
  const member = await requireMember('templates.read')
  const [{ id }, { currency: asked }] = await Promise.all([params, searchParams])
  const template = await getTemplate(id)
  if (!template) notFound()
  const { values } = template
  const currency =
    values.prices.find((p) => p.currency === asked)?.currency ?? values.prices[0]?.currency ?? 'USD'
  const [json, changes] = await Promise.all([
    templateProductJson(template, currency),
    listAuditEvents('template', id),
  ])
  const canEdit = can(member.role, 'templates.write')

  return (
    <>
      <PageHeader title={values.name} description={values.description || undefined} />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        {template.archived && <Badge tone="negative">Archived</Badge>}
        {values.tags.map((tag) => (
          <Badge key={tag}>{tag}</Badge>
        ))}
        {canEdit && <TemplateActions templateId={id} archived={template.archived} />}
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Card aria-labelledby="facts-title">
          <CardTitle id="facts-title">Details</CardTitle>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted-foreground">Product id</dt>
            <dd className="font-mono">{values.productId}</dd>
            <dt className="text-muted-foreground">Prices</dt>
            <dd>
              {values.prices.map((p) => (
                <span key={p.currency} className="block">
                  {formatMoney(p.openingMinor, p.currency)} (floor{' '}
                  {formatMoney(p.floorMinor, p.currency)})
                </span>
              ))}
            </dd>
            <dt className="text-muted-foreground">Upsell</dt>
            <dd>
              {template.upsell ? (
                <Link
                  className="underline underline-offset-4"
                  href={`/templates/${template.upsell.id}`}
                >
                  {template.upsell.name}
                </Link>
              ) : (
                'None'
              )}
            </dd>
            <dt className="text-muted-foreground">Cross-sells</dt>
            <dd>
              {template.crossSells.length === 0
                ? 'None'
                : template.crossSells.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Link className="underline underline-offset-4" href={`/templates/${c.id}`}>
                        {c.name}
                      </Link>
                    </span>
                  ))}
            </dd>
            {template.upsellOf.length > 0 && (
              <>
                <dt className="text-muted-foreground">Upsell of</dt>
                <dd>{template.upsellOf.map((t) => t.name).join(', ')}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card aria-labelledby="json-title">
          <CardTitle id="json-title">SaleSnip product JSON</CardTitle>
          <nav aria-label="Preview currency" className="mt-2 flex flex-wrap gap-1">
            {values.prices.map((p) => (
              <Button
                key={p.currency}
                asChild
                size="sm"
                variant={p.currency === currency ? 'default' : 'outline'}
              >
                <Link
                  href={`/templates/${id}?currency=${p.currency}`}
                  aria-current={p.currency === currency ? 'page' : undefined}
                >
                  {p.currency}
                </Link>
              </Button>
            ))}
          </nav>
          {json && (
            <>
              <pre
                aria-label={`Product JSON in ${currency}`}
                className="mt-3 max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs"
                tabIndex={0}
              >
                {json}
              </pre>
              <div className="mt-2">
                <CopyButton value={json} label="Copy JSON" />
              </div>
            </>
          )}
        </Card>
      </div>
      <Card aria-labelledby="changes-title" className="mt-6">
        <CardTitle id="changes-title">Changes</CardTitle>
        <ChangeHistory entries={changes} />
      </Card>
    </>
  )
}
