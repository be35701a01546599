import Link from 'next/link'
import { ChangeList } from '@/components/change-history'
import type { AuditLogRow } from '@/lib/audit/data'
import { AUDITED_ENTITIES, type AuditedEntity } from '@/lib/audit/log-query'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const entityLabel = (entity: string) => AUDITED_ENTITIES[entity as AuditedEntity] ?? entity

/** Where the changed thing can be seen now. */
function entityHref(entity: string, id: string): string | null {
  if (entity === 'template') return `/templates/${id}`
  if (entity === 'session') return `/history/${id}`
  if (entity === 'member' || entity === 'invitation') return '/team'
  if (entity === 'connection' || entity === 'workspace') return '/settings'
  return null
}

/** The log as a list: on a phone each entry wraps, nothing scrolls sideways. */
export function AuditTable({ rows }: { rows: AuditLogRow[] }) {
  return (
    <ol aria-label="Changes" className="grid gap-2">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border bg-card p-3 text-sm break-words">
          <p>
            <span className="font-medium">{row.actor ?? 'The system'}</span> {row.action}
          </p>
          <p className="text-muted-foreground">
            {entityLabel(row.entity)} ·{' '}
            <time dateTime={row.at.toISOString()}>{dateFormat.format(row.at)}</time>
            {entityHref(row.entity, row.entityId) && (
              <>
                {' · '}
                <Link href={entityHref(row.entity, row.entityId)!} className="underline">
                  View
                </Link>
              </>
            )}
          </p>
          <ChangeList changes={row.changes} />
        </li>
      ))}
    </ol>
  )
}
