'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { useDeferredModule } from '@/components/use-deferred-module'
import { PaletteButton } from './header-buttons'
import { confirmLeave } from '@/components/use-unsaved-changes'

export type CommandPaletteProps = {
  sections: { href: string; label: string }[]
  canCompose: boolean
  canSearchHistory: boolean
}

// The palette itself (cmdk, Radix's dialog) loads after the page; the shortcuts work at once, and a
// Ctrl+K pressed before it has loaded opens it when it has.
const loadDialog = () => import('./command-palette-dialog')

/**
 * Whether a key press belongs to something else: what the person is typing, or a menu, dialog or
 * list with its own letter keys (typeahead). Then no single-key shortcut applies.
 */
function ownedElsewhere(event: KeyboardEvent): boolean {
  const target = event.target
  if (event.defaultPrevented || !(target instanceof HTMLElement)) return true
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="menu"], [role="dialog"], [role="listbox"]') !== null
  )
}

/**
 * Ctrl/⌘+K from anywhere (cmdk: the list, filtering and arrow keys): a new session, a history
 * search, a template by name, any section. Outside a text field, `c` opens Compose and `/` goes to
 * the page's own search box.
 */
export function CommandPalette({ sections, canCompose, canSearchHistory }: CommandPaletteProps) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const dialog = useDeferredModule(loadDialog)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault()
        setOpen((was) => !was)
        return
      }
      if (event.metaKey || event.ctrlKey || event.altKey || ownedElsewhere(event)) return
      if (event.key === 'c' && canCompose) {
        event.preventDefault()
        if (confirmLeave()) router.push('/compose')
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main input[type="search"]')
        if (search) {
          event.preventDefault()
          search.focus()
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    // A key pressed before the page has hydrated reaches no listener. Said on the page, so a script
    // driving it (the e2e tests) can wait for the shortcuts instead of racing the hydration.
    document.documentElement.dataset.shortcuts = 'on'
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      delete document.documentElement.dataset.shortcuts
    }
  }, [canCompose, router])

  function go(href: string) {
    setOpen(false)
    if (confirmLeave()) router.push(href)
  }

  return (
    <>
      <PaletteButton onClick={() => setOpen(true)} />
      {dialog && (
        <dialog.CommandPaletteDialog
          open={open}
          onOpenChange={setOpen}
          onGo={go}
          sections={sections}
          canCompose={canCompose}
          canSearchHistory={canSearchHistory}
        />
      )}
    </>
  )
}
