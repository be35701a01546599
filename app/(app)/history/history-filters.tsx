'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { FilterSelect, namedOptions, optionsOf } from '@/components/filter-select'
import { CURRENCIES } from '@/lib/salesnip/currencies'
import {
  HISTORY_SORTS,
  HISTORY_STATUSES,
  historyHref,
  parseHistoryQuery,
  type HistoryQuery,
} from '@/lib/history/query'

type HistoryFiltersProps = {
  query: HistoryQuery
  members: { id: string; name: string }[]
  templates: { id: string; name: string }[]
}

/**
 * A GET form (it works without JavaScript); with it, the address keeps only what is set. The whole
 * view lives in the address, so back and forward work and a copied link shows the same rows.
 */
export function HistoryFilters({ query, members, templates }: HistoryFiltersProps) {
  const router = useRouter()
  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    router.push(historyHref(parseHistoryQuery(data)))
  }
  const field = 'grid gap-1.5'
  return (
    <form
      role="search"
      aria-label="Sessions"
      action="/history"
      onSubmit={apply}
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className={`${field} sm:col-span-2`}>
        <Label htmlFor="history-q">Search</Label>
        <Input
          id="history-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="Buyer, email, company, deal, product, session id or rep"
        />
      </div>
      <FilterSelect
        id="history-rep"
        name="rep"
        label="Rep"
        anyLabel="Anyone"
        value={query.rep}
        options={[{ value: 'me', label: 'Mine' }, ...namedOptions(members)]}
      />
      <FilterSelect
        id="history-status"
        name="status"
        label="Status"
        anyLabel="Any status"
        value={query.status}
        options={optionsOf(HISTORY_STATUSES)}
      />
      <FilterSelect
        id="history-currency"
        name="currency"
        label="Currency"
        anyLabel="Any currency"
        value={query.currency}
        options={CURRENCIES.map((code) => ({ value: code, label: code }))}
      />
      <FilterSelect
        id="history-template"
        name="template"
        label="Product template"
        anyLabel="Any template"
        value={query.template}
        options={namedOptions(templates)}
      />
      <div className={field}>
        <Label htmlFor="history-from">Created from</Label>
        <Input id="history-from" name="from" type="date" defaultValue={query.from} />
      </div>
      <div className={field}>
        <Label htmlFor="history-to">Created until</Label>
        <Input id="history-to" name="to" type="date" defaultValue={query.to} />
      </div>
      <FilterSelect
        id="history-sort"
        name="sort"
        label="Sort"
        value={query.sort ?? 'newest'}
        options={optionsOf(HISTORY_SORTS)}
      />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">Apply</Button>
        <Button asChild variant="outline">
          <Link href={historyHref({ ...query, rep: 'me' })}>Only mine</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/history">Clear</Link>
        </Button>
      </div>
    </form>
  )
}
