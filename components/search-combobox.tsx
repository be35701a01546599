'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { cn } from '@/lib/utils'

type SearchComboboxProps<Item> = {
  id: string
  label: string
  placeholder: string
  /** Under the input, and its description (how to use it, or why it is disabled). */
  hint?: string
  disabled?: boolean
  /**
   * What the input shows while nobody types in it (the chosen item's name). Given, typed text that
   * was not picked goes when the input loses focus; not given, the input keeps what was typed.
   */
  value?: string
  /** Asked once the typing pauses; only the newest answer is shown. Stable: define it at module level. */
  search: (text: string) => Promise<Item[]>
  itemKey: (item: Item) => string
  renderItem: (item: Item) => ReactNode
  noMatch: string
  onPick: (item: Item) => void
  /** Beside the input (a clear button, say). */
  children?: ReactNode
}

/**
 * A combobox over a list too long to send to the browser, searched on the server: type to search,
 * arrows to move, Enter to pick, Escape to close (the ARIA 1.2 combobox with a listbox popup).
 */
export function SearchCombobox<Item>(props: SearchComboboxProps<Item>) {
  const { id, label, placeholder, hint, disabled, value, search, itemKey, renderItem } = props
  const [query, setQuery] = useState('')
  const [typing, setTyping] = useState(false)
  const [open, setOpen] = useState(false)
  const [results, setResults] = useState<Item[] | null>(null)
  const [active, setActive] = useState(0)
  const latest = useRef(0)
  const listId = `${id}-list`
  // The input shows what is typed, or else the value; with a value shown, focusing lists everything
  // until something is typed.
  const editing = value === undefined || typing
  const text = editing ? query : ''

  useEffect(() => {
    if (!open) return
    const request = ++latest.current
    const timer = setTimeout(async () => {
      const found = await search(text)
      // Only the newest search may answer: an older, slower one must not overwrite it.
      if (request !== latest.current) return
      setResults(found)
      setActive(0)
    }, 120)
    return () => clearTimeout(timer)
  }, [text, open, search])

  function close() {
    setOpen(false)
    if (value !== undefined) {
      setTyping(false)
      setQuery('')
    }
  }

  function pick(item: Item) {
    props.onPick(item)
    setQuery('')
    setTyping(false)
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
      const item = results?.[active]
      if (item) pick(item)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  }

  const activeId = open && results?.[active] ? `${id}-option-${active}` : undefined
  return (
    <div className="relative grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-1">
        <Input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          autoComplete="off"
          disabled={disabled}
          placeholder={placeholder}
          value={editing ? query : value}
          onChange={(event) => {
            setQuery(event.target.value)
            setTyping(true)
            setOpen(true)
          }}
          onFocus={(event) => {
            setOpen(true)
            // A shown value is selected, so typing replaces it.
            if (value) event.currentTarget.select()
          }}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {props.children}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute top-16 z-20 max-h-80 w-full overflow-auto rounded-md border bg-background p-1 shadow-lg"
        >
          {results === null && <li className="p-2 text-sm text-muted-foreground">Searching…</li>}
          {results?.length === 0 && (
            <li className="p-2 text-sm text-muted-foreground">{props.noMatch}</li>
          )}
          {results?.map((item, index) => (
            <li
              key={itemKey(item)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              // Keep the focus in the input, so the click lands before the list closes.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(item)}
              className={cn(
                'flex cursor-pointer justify-between gap-3 rounded px-2 py-1.5 text-sm',
                index === active && 'bg-muted',
              )}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
