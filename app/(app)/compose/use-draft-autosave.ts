'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import { saveDraftAction } from '@/lib/compose/actions/drafts'
import type { ComposeFormInput } from '@/lib/compose/schema'
import type { TemplateLookup } from '@/lib/compose/template-lookup'
import { draftTitleOf } from '@/lib/compose/draft-title'
import type { ComposeFormApi } from './form-types'

const DEBOUNCE_MS = 800

/**
 * Saves the composition as the rep's draft on the server, a moment after they stop typing. Saves
 * run one at a time, so the first one's new draft id is known to the next (never two drafts).
 * Returns a line saying how the draft stands.
 */
export function useDraftAutosave(
  form: ComposeFormApi,
  {
    values,
    enabled,
    templates,
  }: { values: ComposeFormInput; enabled: boolean; templates: TemplateLookup },
): string {
  const lastSaved = useRef(snapshotOf(form.getValues()))
  const queue = useRef<Promise<void>>(Promise.resolve())
  const [status, setStatus] = useState('')
  // What the server holds, for the line below: "saved" only once the latest changes are.
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshotOf(form.getValues()))

  // Once per change of the values (50 products are a long JSON text), not at every render.
  const snapshot = useMemo(() => snapshotOf(values), [values])

  useEffect(() => {
    if (!enabled || snapshot === lastSaved.current) return
    const timer = setTimeout(() => {
      queue.current = queue.current.then(async () => {
        const current = form.getValues()
        const snapshot = snapshotOf(current)
        if (snapshot === lastSaved.current) return
        setStatus('Saving draft…')
        const names = current.lines.map((line) => templates[line.templateId]?.values.name ?? '')
        const result = await saveDraftAction({ ...current, title: draftTitleOf(current, names) })
        if (result?.data && result.data.draftId === null) {
          // Deleted meanwhile (in another tab, or by the create that used it): not brought back.
          setStatus('This draft no longer exists; your changes are still here.')
          return
        }
        const draftId = result?.data?.draftId
        if (!draftId) {
          setStatus('The draft could not be saved; your changes are still here.')
          return
        }
        lastSaved.current = snapshot
        setSavedSnapshot(snapshot)
        if (form.getValues('draftId') !== draftId) {
          form.setValue('draftId', draftId)
          window.history.replaceState(null, '', `/compose?draft=${encodeURIComponent(draftId)}`)
        }
        setStatus(`Draft saved at ${new Date().toLocaleTimeString('en', { timeStyle: 'short' })}.`)
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [snapshot, enabled, form, templates])

  const unsaved = enabled && snapshot !== savedSnapshot
  return unsaved && status.startsWith('Draft saved') ? 'Saving draft…' : status
}

// The draft id is not part of what a draft says; everything else is.
function snapshotOf(values: ComposeFormInput): string {
  return JSON.stringify({ ...values, draftId: undefined })
}
