import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'
import { CURRENCIES } from '@/lib/salesnip/currency-list'
import { SORTS } from '@/lib/templates/read-data'

type TemplateFiltersProps = {
  query: { q: string; tag: string; currency: string; archived: boolean; sort: string }
  tags: string[]
}

// A plain GET form: the whole view lives in the address, so a copied link shows the same list.
export function TemplateFilters({ query, tags }: TemplateFiltersProps) {
  return (
    <form
      role="search"
      aria-label="Templates"
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
      action="/templates"
    >
      <div className="grid gap-1.5">
        <Label htmlFor="q">Search</Label>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="Name, product id or tag"
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="tag">Tag</Label>
        <NativeSelect id="tag" name="tag" defaultValue={query.tag}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="currency">Currency</Label>
        <NativeSelect id="currency" name="currency" defaultValue={query.currency}>
          <option value="">Any currency</option>
          {CURRENCIES.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="sort">Sort by</Label>
        <NativeSelect id="sort" name="sort" defaultValue={query.sort}>
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-end gap-3">
        <label className="flex h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="archived"
            value="1"
            defaultChecked={query.archived}
            className="size-4"
          />
          Archived
        </label>
        <Button type="submit" variant="outline">
          Apply
        </Button>
      </div>
    </form>
  )
}
