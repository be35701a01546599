'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'
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
      <div className={field}>
        <Label htmlFor="history-rep">Rep</Label>
        <NativeSelect id="history-rep" name="rep" defaultValue={query.rep ?? ''}>
          <option value="">Anyone</option>
          <option value="me">Mine</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className={field}>
        <Label htmlFor="history-status">Status</Label>
        <NativeSelect id="history-status" name="status" defaultValue={query.status ?? ''}>
          <option value="">Any status</option>
          {Object.entries(HISTORY_STATUSES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className={field}>
        <Label htmlFor="history-currency">Currency</Label>
        <NativeSelect id="history-currency" name="currency" defaultValue={query.currency ?? ''}>
          <option value="">Any currency</option>
          {CURRENCIES.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </NativeSelect>
      </div>
      <div className={field}>
        <Label htmlFor="history-template">Product template</Label>
        <NativeSelect id="history-template" name="template" defaultValue={query.template ?? ''}>
          <option value="">Any template</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className={field}>
        <Label htmlFor="history-from">Created from</Label>
        <Input id="history-from" name="from" type="date" defaultValue={query.from} />
      </div>
      <div className={field}>
        <Label htmlFor="history-to">Created until</Label>
        <Input id="history-to" name="to" type="date" defaultValue={query.to} />
      </div>
      <div className={field}>
        <Label htmlFor="history-sort">Sort</Label>
        <NativeSelect id="history-sort" name="sort" defaultValue={query.sort ?? 'newest'}>
          {Object.entries(HISTORY_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </div>
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
