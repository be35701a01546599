'use client'

import { Command } from 'cmdk'
import { useEffect, useRef, useState } from 'react'
import { Dialog as Primitive } from 'radix-ui'
import { findTemplatesAction } from '@/lib/templates/actions/find-templates'
import type { CommandPaletteProps } from './command-palette'

type TemplateHit = { id: string; name: string; productId: string }

type CommandPaletteDialogProps = CommandPaletteProps & {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Closes the palette and goes there (unless unsaved changes hold the page). */
  onGo: (href: string) => void
}

/** The palette (cmdk: the list, filtering and arrow keys), opened by command-palette.tsx. */
export function CommandPaletteDialog({
  open,
  onOpenChange: setOpen,
  onGo,
  sections,
  canCompose,
  canSearchHistory,
}: CommandPaletteDialogProps) {
  const [query, setQuery] = useState('')
  const [templates, setTemplates] = useState<TemplateHit[]>([])
  const latest = useRef(0)

  useEffect(() => {
    if (!open || !query.trim()) return
    const request = ++latest.current
    const timer = setTimeout(async () => {
      const result = await findTemplatesAction({ query })
      if (request === latest.current) setTemplates(result?.data ?? [])
    }, 150)
    return () => clearTimeout(timer)
  }, [open, query])

  function go(href: string) {
    setQuery('')
    onGo(href)
  }

  const item =
    'flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm aria-selected:bg-muted'
  const group =
    '[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:text-muted-foreground'
  const shownTemplates = query.trim() ? templates : []
  return (
    <>
      <Primitive.Root open={open} onOpenChange={setOpen}>
        <Primitive.Portal>
          <Primitive.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Primitive.Content
            aria-describedby={undefined}
            className="fixed top-[15vh] left-1/2 z-50 w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 overflow-hidden rounded-lg border bg-background shadow-lg"
          >
            <Primitive.Title className="sr-only">Command palette</Primitive.Title>
            <Command label="Command palette" shouldFilter>
              <Command.Input
                value={query}
                onValueChange={setQuery}
                placeholder="Type a command, a section or a template…"
                aria-label="Command"
                className="h-11 w-full border-b bg-transparent px-3 text-sm outline-none"
              />
              <Command.List className="max-h-80 overflow-y-auto p-1">
                <Command.Empty className="p-3 text-sm text-muted-foreground">
                  Nothing matches.
                </Command.Empty>
                <Command.Group heading="Actions" className={group}>
                  {canCompose && (
                    <Command.Item className={item} onSelect={() => go('/compose')}>
                      New session
                    </Command.Item>
                  )}
                  {canSearchHistory && query.trim() && (
                    <Command.Item
                      className={item}
                      value={`search history ${query}`}
                      onSelect={() => go(`/history?q=${encodeURIComponent(query.trim())}`)}
                    >
                      Search history for “{query.trim()}”
                    </Command.Item>
                  )}
                </Command.Group>
                {shownTemplates.length > 0 && (
                  <Command.Group heading="Templates" className={group}>
                    {shownTemplates.map((template) => (
                      <Command.Item
                        key={template.id}
                        className={item}
                        // Found on the server by name, product id or tag: always shown.
                        value={`template ${template.id} ${query}`}
                        onSelect={() => go(`/templates/${template.id}`)}
                      >
                        {template.name}
                        <span className="text-muted-foreground">{template.productId}</span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                <Command.Group heading="Go to" className={group}>
                  {[{ href: '/', label: 'Home' }, ...sections].map((section) => (
                    <Command.Item
                      key={section.href}
                      className={item}
                      value={`go to ${section.label}`}
                      onSelect={() => go(section.href)}
                    >
                      {section.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              </Command.List>
            </Command>
          </Primitive.Content>
        </Primitive.Portal>
      </Primitive.Root>
    </>
  )
}
