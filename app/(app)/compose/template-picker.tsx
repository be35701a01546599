'use client'

import { useEffect, useRef, useState } from 'react'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { formatMoney } from '@/lib/salesnip/money'
import { searchComposeTemplatesAction } from '@/lib/compose/actions/compose-templates'
import { priceIn, type ComposeTemplate } from '@/lib/compose/template-lookup'
import { cn } from '@/lib/utils'

type TemplatePickerProps = {
  id: string
  label: string
  currency: string
  onPick: (template: ComposeTemplate) => void
  /** Why nothing more can be added (a limit reached), or null. */
  full: string | null
}

/**
 * A combobox over the active catalogue, searched on the server (it may hold thousands): type to
 * search, arrows to move, Enter to add, Escape to close.
 */
export function TemplatePicker({ id, label, currency, onPick, full }: TemplatePickerProps) {
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [results, setResults] = useState<ComposeTemplate[] | null>(null)
  const [active, setActive] = useState(0)
  const latest = useRef(0)
  const listId = `${id}-list`

  useEffect(() => {
    if (!open) return
    const request = ++latest.current
    const timer = setTimeout(async () => {
      const result = await searchComposeTemplatesAction({ query })
      // Only the newest search may answer: an older, slower one must not overwrite it.
      if (request !== latest.current) return
      setResults(result?.data ?? [])
      setActive(0)
    }, 120)
    return () => clearTimeout(timer)
  }, [query, open])

  function pick(template: ComposeTemplate) {
    onPick(template)
    setQuery('')
    setOpen(false)
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const count = results?.length ?? 0
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!open) setOpen(true)
      else setActive((index) => (count ? (index + 1) % count : 0))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => (count ? (index - 1 + count) % count : 0))
    } else if (event.key === 'Enter') {
      if (!open) return
      event.preventDefault()
      const template = results?.[active]
      if (template) pick(template)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
    }
  }

  const activeId = open && results?.[active] ? `${id}-option-${active}` : undefined
  return (
    <div className="relative grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        disabled={full !== null}
        placeholder="Search by name, product id or tag"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {full ?? 'Only active templates are listed. Arrow keys move, Enter adds.'}
      </p>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute top-16 z-20 max-h-80 w-full overflow-auto rounded-md border bg-background p-1 shadow-lg"
        >
          {results === null && <li className="p-2 text-sm text-muted-foreground">Searching…</li>}
          {results?.length === 0 && (
            <li className="p-2 text-sm text-muted-foreground">No active template matches.</li>
          )}
          {results?.map((template, index) => {
            const price = priceIn(template.values, currency)
            return (
              <li
                key={template.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                // Keep the focus in the input, so the click lands before the list closes.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(template)}
                className={cn(
                  'flex cursor-pointer justify-between gap-3 rounded px-2 py-1.5 text-sm',
                  index === active && 'bg-muted',
                )}
              >
                <span>
                  {template.values.name}{' '}
                  <span className="text-muted-foreground">{template.values.productId}</span>
                </span>
                <span className="text-muted-foreground">
                  {price ? formatMoney(price.openingMinor, currency) : `no ${currency} price`}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
