import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import {
  listTags,
  listTemplates,
  PAGE_SIZE,
  SORTS,
  type TemplateListQuery,
  type TemplateSort,
} from '@/lib/templates/read-data'
import { pageNumber } from '@/lib/search-params'
import { TemplateFilters } from './template-filters'
import { Suspense } from 'react'
import { RowsSkeleton } from '@/components/rows-skeleton'
import { TemplateTable } from './template-table'

export const metadata: Metadata = { title: 'Templates' }

type Search = {
  q?: string
  tag?: string
  currency?: string
  archived?: string
  sort?: string
  page?: string
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireMember('templates.read')
  const search = await searchParams
  const query = {
    q: search.q ?? '',
    tag: search.tag ?? '',
    currency: search.currency ?? '',
    archived: search.archived === '1',
    sort: (search.sort && search.sort in SORTS ? search.sort : 'name') as TemplateSort,
    page: pageNumber(search.page),
  }
  const canEdit = can(member.role, 'templates.write')

  return (
    <>
      <PageHeader
        title="Templates"
        description="The catalogue of reusable products, with upsells and cross-sells."
      />
      {canEdit && (
        <div className="mb-4 flex flex-wrap gap-2">
          <Button asChild>
            <Link href="/templates/new">New template</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/templates/import">Import</Link>
          </Button>
          <Button asChild variant="outline">
            <a href="/api/templates/export" download>
              Export JSON
            </a>
          </Button>
        </div>
      )}
      {/* The header and actions show at once; the catalogue streams in below them. */}
      <Suspense key={JSON.stringify(query)} fallback={<RowsSkeleton />}>
        <TemplateResults query={query} search={search} />
      </Suspense>
    </>
  )
}

type Query = Required<TemplateListQuery> & {
  q: string
  tag: string
  currency: string
  page: number
}

async function TemplateResults({ query, search }: { query: Query; search: Search }) {
  const [{ rows, total }, tags] = await Promise.all([listTemplates(query), listTags()])
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const pageHref = (page: number) =>
    `/templates?${new URLSearchParams({ ...search, page: String(page) }).toString()}`
  return (
    <>
      <TemplateFilters query={query} tags={tags} />
      <p className="mt-4 text-sm text-muted-foreground" role="status">
        {total === 0 ? 'No templates match.' : `${total} template${total === 1 ? '' : 's'}`}
        {pages > 1 && ` · page ${query.page} of ${pages}`}
      </p>
      {rows.length > 0 && <TemplateTable rows={rows} />}
      {pages > 1 && (
        <nav aria-label="Pages" className="mt-4 flex gap-2">
          {query.page > 1 && (
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(query.page - 1)}>Previous page</Link>
            </Button>
          )}
          {query.page < pages && (
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(query.page + 1)}>Next page</Link>
            </Button>
          )}
        </nav>
      )}
    </>
  )
}
