import type { Changes } from '@/lib/audit/changes'
import type { AuditEntry } from '@/lib/audit/data'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '(none)' : String(value)

/** Who changed something, when, and what (from the audit records). */
export function ChangeHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0)
    return <p className="mt-2 text-sm text-muted-foreground">No changes yet.</p>
  return (
    <ol className="mt-2 grid gap-2 text-sm">
      {entries.map((entry, index) => (
        <li key={index}>
          <span className="font-medium">{entry.actor ?? 'The system'}</span> {entry.action} ·{' '}
          <time dateTime={entry.at.toISOString()} className="text-muted-foreground">
            {dateFormat.format(entry.at)}
          </time>
          <ChangeList changes={entry.changes} />
        </li>
      ))}
    </ol>
  )
}

/** Each changed field as "field: before → after". */
export function ChangeList({ changes }: { changes: Changes }) {
  if (Object.keys(changes).length === 0) return null
  return (
    <ul className="text-muted-foreground">
      {Object.entries(changes).map(([field, [before, after]]) => (
        <li key={field}>
          {field}: {show(before)} → {show(after)}
        </li>
      ))}
    </ul>
  )
}
