import Link from 'next/link'
import { FilterSelect, namedOptions, optionsOf } from '@/components/filter-select'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { AUDITED_ENTITIES, auditLogHref, type AuditLogQuery } from '@/lib/audit/log-query'

type AuditFiltersProps = { query: AuditLogQuery; members: { id: string; name: string }[] }

/**
 * A plain GET form: the view lives in the address. Keyed by that address, so after any navigation
 * (Clear, back, forward) the controls show what the address says.
 */
export function AuditFilters({ query, members }: AuditFiltersProps) {
  const field = 'grid gap-1.5'
  return (
    <form
      key={auditLogHref(query)}
      role="search"
      aria-label="Audit log"
      action="/audit"
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <FilterSelect
        id="audit-member"
        name="member"
        label="Member"
        anyLabel="Anyone"
        value={query.member}
        options={namedOptions(members)}
      />
      <FilterSelect
        id="audit-entity"
        name="entity"
        label="What"
        anyLabel="Everything"
        value={query.entity}
        options={optionsOf(AUDITED_ENTITIES)}
      />
      <div className={field}>
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={query.from} />
      </div>
      <div className={field}>
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={query.to} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Apply</Button>
        <Button asChild variant="ghost">
          <Link href="/audit">Clear</Link>
        </Button>
      </div>
    </form>
  )
}
