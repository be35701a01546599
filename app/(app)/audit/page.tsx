import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { listAuditLog } from '@/lib/audit/data'
import {
  AUDIT_PAGE_SIZE,
  auditCursorOf,
  auditLogHref,
  parseAuditLogQuery,
} from '@/lib/audit/log-query'
import { requireMember } from '@/lib/auth/current-member'
import { listTeamMembers } from '@/lib/team/members-data'
import { AuditFilters } from './audit-filters'
import { AuditTable } from './audit-table'

export const metadata: Metadata = { title: 'Audit log' }

type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AuditPage({ searchParams }: AuditPageProps) {
  await requireMember('audit.read')
  const query = parseAuditLogQuery(await searchParams)
  const [page, members] = await Promise.all([
    listAuditLog(query, AUDIT_PAGE_SIZE),
    listTeamMembers(),
  ])
  const view = { ...query, after: undefined }
  const last = page.rows.at(-1)
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what and when: templates, settings, the team and session creates. Newest first; secrets are never shown."
      />
      <AuditFilters query={view} members={members} />
      <p className="mt-4 mb-2 text-sm text-muted-foreground" role="status">
        {page.rows.length === 0
          ? 'No changes match.'
          : `Showing ${page.rows.length} change${page.rows.length === 1 ? '' : 's'}${query.after ? '' : ' (the newest)'}.`}
      </p>
      {page.rows.length > 0 && <AuditTable rows={page.rows} />}
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {query.after && (
          <Button asChild variant="outline" size="sm">
            <Link href={auditLogHref(view)}>Newest</Link>
          </Button>
        )}
        {page.more && last && (
          <Button asChild variant="outline" size="sm">
            <Link href={auditLogHref({ ...view, after: auditCursorOf(last) })}>Older changes</Link>
          </Button>
        )}
      </nav>
    </>
  )
}
