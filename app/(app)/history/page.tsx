import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'
import { RowsSkeleton } from '@/components/rows-skeleton'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { requireMember } from '@/lib/auth/current-member'
import { countHistoryCapped } from '@/lib/history/count-data'
import { listHistory } from '@/lib/history/data'
import { listTeamMembers } from '@/lib/team/members-data'
import { historyHref, parseHistoryQuery, type HistoryQuery } from '@/lib/history/query'
import { ageOf } from '@/lib/history/age'
import { getTemplateName } from '@/lib/templates/read-data'
import { ExportButton } from './export-button'
import { ShareViewButton } from './share-view-button'
import { can } from '@/lib/auth/permissions'
import { HistoryFilters } from './history-filters'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { HistoryTable } from './history-table'

export const metadata: Metadata = { title: 'History' }

type HistoryPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function HistoryPage({ searchParams }: HistoryPageProps) {
  const member = await requireMember('history.read')
  const query = parseHistoryQuery(await searchParams)
  // Only the chosen template's name: the filter searches the catalogue as it is typed in.
  const [members, templateName] = await Promise.all([
    listTeamMembers(),
    query.template ? getTemplateName(query.template) : null,
  ])
  return (
    // data-wide: History uses the whole width of the screen (see the layout's main).
    <div data-wide>
      <PageHeader
        title="History"
        description="Every session the team created, and every attempt that failed. The address keeps the whole view: copy it to show a teammate the same list."
      />
      {/* nuqs keeps the filters in the address; only this page needs its adapter. */}
      <NuqsAdapter>
        <HistoryFilters members={members} templateName={templateName} />
      </NuqsAdapter>
      {/* The filters show at once; the matching sessions stream in below them. */}
      <Suspense key={historyHref(query)} fallback={<RowsSkeleton />}>
        <HistoryResults
          query={query}
          memberId={member.id}
          canShare={can(member.role, 'history.share')}
        />
      </Suspense>
    </div>
  )
}

async function HistoryResults({
  query,
  memberId,
  canShare,
}: {
  query: HistoryQuery
  memberId: string
  canShare: boolean
}) {
  const [page, total] = await Promise.all([
    listHistory(query, memberId),
    countHistoryCapped(query, memberId),
  ])
  const view = { ...query, after: undefined, before: undefined }
  const now = new Date()
  return (
    <>
      <div className="mt-4 mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground" role="status">
          {total.count === 0
            ? 'No sessions match.'
            : `${total.count.toLocaleString('en')}${total.capped ? '+' : ''} session${total.count === 1 && !total.capped ? '' : 's'} match.`}
        </p>
        <div className="flex flex-wrap gap-2">
          {canShare && <ShareViewButton view={historyHref(view, '')} />}
          <ExportButton href={historyHref(view, '/api/history/export')} />
        </div>
      </div>
      {page.rows.length > 0 && (
        <HistoryTable rows={page.rows.map((row) => ({ ...row, age: ageOf(row.createdAt, now) }))} />
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {page.previous && (
          <Button asChild variant="outline" size="sm">
            <Link href={historyHref({ ...view, before: page.previous })}>Previous page</Link>
          </Button>
        )}
        {page.next && (
          <Button asChild variant="outline" size="sm">
            <Link href={historyHref({ ...view, after: page.next })}>Next page</Link>
          </Button>
        )}
      </nav>
    </>
  )
}
