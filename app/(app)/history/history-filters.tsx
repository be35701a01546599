'use client'

import { FilterIcon } from 'lucide-react'
import { debounce, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { FilterSelect, namedOptions, optionsOf } from '@/components/filter-select'
import { TemplateFilter } from './template-filter'
import { CURRENCIES } from '@/lib/salesnip/currency-list'
import { HISTORY_SORTS, HISTORY_STATUSES } from '@/lib/history/view-options'

type HistoryFiltersProps = {
  members: { id: string; name: string }[]
  /** The name of the template the address filters by (null: none, or no template has its id). */
  templateName: string | null
}

// The view lives in the address and only there: every control shows what the address says (after
// a click, Clear, back and forward), and every change writes the address, which the server reads
// (shallow: false) to list the rows. A copied link is exactly the list on screen.
const viewParsers = {
  q: parseAsString,
  rep: parseAsString,
  status: parseAsStringLiteral(Object.keys(HISTORY_STATUSES)),
  currency: parseAsStringLiteral(CURRENCIES),
  template: parseAsString,
  from: parseAsString,
  to: parseAsString,
  sort: parseAsStringLiteral(Object.keys(HISTORY_SORTS)),
  // The page's cursor: any change of the view starts again at the first page.
  after: parseAsString,
  before: parseAsString,
}
type View = { [K in keyof typeof viewParsers]: string | null }
type ViewChange = Parameters<ReturnType<typeof useQueryStates<typeof viewParsers>>[1]>[0]
const FILTER_KEYS = ['rep', 'status', 'currency', 'template', 'from', 'to'] as const

export function HistoryFilters({ members, templateName }: HistoryFiltersProps) {
  const [pending, startTransition] = useTransition()
  const [view, setView] = useQueryStates(viewParsers, {
    shallow: false,
    history: 'push',
    startTransition,
  })
  const [open, setOpen] = useState(false)
  const active = FILTER_KEYS.filter((key) => view[key]).length

  function set(change: Partial<View>, options?: Parameters<typeof setView>[1]) {
    // The selects only offer valid values; the parsers drop anything else the address holds.
    void setView({ ...change, after: null, before: null } as ViewChange, options)
  }
  const choose = (key: keyof View) => (value: string) => set({ [key]: value || null })

  const field = 'grid gap-1.5'
  return (
    <div
      role="search"
      aria-label="Sessions"
      aria-busy={pending}
      className="grid gap-3 rounded-lg border bg-card p-4"
    >
      <div className="flex items-end gap-2">
        <div className={`${field} min-w-0 flex-1`}>
          <Label htmlFor="history-q">Search</Label>
          <Input
            id="history-q"
            type="search"
            value={view.q ?? ''}
            placeholder="Buyer, email, company, deal, product, session id or rep"
            // Typing replaces one history entry and asks the server once the typing pauses.
            onChange={(event) =>
              set(
                { q: event.target.value || null },
                { history: 'replace', limitUrlUpdates: debounce(300) },
              )
            }
            onKeyDown={(event) => {
              if (event.key === 'Enter') set({ q: event.currentTarget.value || null })
            }}
          />
        </div>
        <Button
          type="button"
          variant="outline"
          className="sm:hidden"
          aria-expanded={open}
          aria-controls="history-filter-fields"
          onClick={() => setOpen(!open)}
        >
          <FilterIcon aria-hidden />
          Filters{active > 0 && <span className="tabular-nums"> · {active}</span>}
        </Button>
      </div>
      <div
        id="history-filter-fields"
        className={`${open ? 'grid' : 'hidden'} gap-3 sm:grid sm:grid-cols-2 lg:grid-cols-4`}
      >
        <FilterSelect
          id="history-rep"
          name="rep"
          label="Rep"
          anyLabel="Anyone"
          value={view.rep ?? undefined}
          onChange={choose('rep')}
          options={[{ value: 'me', label: 'Mine' }, ...namedOptions(members)]}
        />
        <FilterSelect
          id="history-status"
          name="status"
          label="Status"
          anyLabel="Any status"
          value={view.status ?? undefined}
          onChange={choose('status')}
          options={optionsOf(HISTORY_STATUSES)}
        />
        <FilterSelect
          id="history-currency"
          name="currency"
          label="Currency"
          anyLabel="Any currency"
          value={view.currency ?? undefined}
          onChange={choose('currency')}
          options={CURRENCIES.map((code) => ({ value: code, label: code }))}
        />
        <TemplateFilter
          value={view.template}
          serverName={templateName}
          onChange={(id) => set({ template: id })}
        />
        <div className={field}>
          <Label htmlFor="history-from">Created from</Label>
          <Input
            id="history-from"
            type="date"
            value={view.from ?? ''}
            onChange={(event) => choose('from')(event.target.value)}
          />
        </div>
        <div className={field}>
          <Label htmlFor="history-to">Created until</Label>
          <Input
            id="history-to"
            type="date"
            value={view.to ?? ''}
            onChange={(event) => choose('to')(event.target.value)}
          />
        </div>
        <FilterSelect
          id="history-sort"
          name="sort"
          label="Sort"
          value={view.sort ?? 'newest'}
          onChange={(value) => set({ sort: value === 'newest' ? null : value })}
          options={optionsOf(HISTORY_SORTS)}
        />
        <div className="flex flex-wrap items-end gap-2">
          <Button type="button" variant="outline" onClick={() => set({ rep: 'me' })}>
            Only mine
          </Button>
          <Button
            type="button"
            variant="ghost"
            onClick={() => set(Object.fromEntries(Object.keys(viewParsers).map((k) => [k, null])))}
          >
            Clear
          </Button>
        </div>
      </div>
    </div>
  )
}
