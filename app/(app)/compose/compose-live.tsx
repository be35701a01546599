'use client'

import { createContext, memo, useContext, useMemo, useState, type ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import type { Role } from '@/lib/auth/roles'
import type { PreviewCheck } from '@/lib/compose/check'
import type { ComposeFormInput } from '@/lib/compose/schema'
import type { TemplateLookup } from '@/lib/compose/template-lookup'
import { useDeferredModule } from '@/components/use-deferred-module'
import { loadCheck } from './compose-resolver'
import { ComposeSummary } from './compose-summary'
import { CreateBar } from './create-bar'
import { PayloadPreview } from './payload-preview'
import type { ComposeFormApi } from './form-types'
import { useDraftAutosave } from './use-draft-autosave'

// What follows the form as the rep types: the check of the composition (the preview, the counters,
// the create bar's total and problems) and the draft's autosave. Kept here, below the form, so a
// keystroke re-renders only these and not the form with its 50 product rows (each draw of the
// form made react-hook-form's field arrays mint 60 new ids).

type Live = {
  /** The values the check below was made of: the fields as they are now. */
  values: ComposeFormInput
  evaluation: PreviewCheck
  /** The browser's check is still loading and the form has changed since the server's. */
  checking: boolean
  /** How the draft stands ("Draft saved at 10:42."). */
  autosave: string
}

const LiveContext = createContext<Live | null>(null)

function useLive(): Live {
  const live = useContext(LiveContext)
  if (!live) throw new Error('useLive outside ComposeLive')
  return live
}

type ComposeLiveProps = {
  form: ComposeFormApi
  templates: TemplateLookup
  role: Role
  relayBase: string | null
  /** The server's check of the page's composition, shown until the browser's own has loaded. */
  initialCheck: PreviewCheck
  /** Whether the draft is saved as the rep types (not once created, nor while creating). */
  autosaveEnabled: boolean
  children: ReactNode
}

/** Watches the form; `children` (the form itself) is not drawn again when a field changes. */
export function ComposeLive(props: ComposeLiveProps) {
  const { form, templates, role, relayBase, initialCheck, autosaveEnabled, children } = props
  const values = useWatch({ control: form.control }) as ComposeFormInput
  // Checked in the keystroke's own render, not deferred (useDeferredValue) to a render of its own:
  // that render often came after the next frame, so the preview showed the keystroke a frame late.
  // With 50 products and 10 cross-sells in Chromium, keystroke to preview in the frame was p95
  // 15.2-15.7 ms against 15.6-20.8 ms deferred, and 37-43 ms against 51-52 ms at a quarter of the
  // CPU's speed (a phone's); the letter typed then waits for the check too (a frame at most here).
  // One check decides both the preview's status and whether Create may send.
  const checker = useDeferredModule(loadCheck)
  const evaluation: PreviewCheck = useMemo(
    () =>
      checker ? checker.checkComposition(values, templates, role, { relayBase }) : initialCheck,
    [checker, values, templates, role, relayBase, initialCheck],
  )
  // Edited in the moment before the check has loaded: the server's check no longer applies. (Not
  // react-hook-form's isDirty: asking for it makes every keystroke compare the whole form.)
  const [first] = useState(values)
  const checking = !checker && values !== first
  const autosave = useDraftAutosave(form, { values, enabled: autosaveEnabled, templates })
  const live = useMemo(
    () => ({ values, evaluation, checking, autosave }),
    [values, evaluation, checking, autosave],
  )
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>
}

// Memoised, as the form around them is drawn again for reasons of its own (react-hook-form's
// state): these draw again when the check does, or their own props change.

/** The create bar, with the check's total and problems and the draft's state. */
export const LiveCreateBar = memo(function LiveCreateBar(props: {
  submitted: boolean
  executing: boolean
}) {
  const { values, evaluation, autosave } = useLive()
  return (
    <CreateBar
      openingTotalMinor={evaluation.openingTotalMinor}
      currency={values.currency}
      problems={evaluation.issues.length}
      autosave={autosave}
      {...props}
    />
  )
})

/** The counters and the request preview, beside the form. */
export const LiveSummaryAndPreview = memo(function LiveSummaryAndPreview(props: {
  apiBaseUrl: string
  submitted: boolean
}) {
  const { values, evaluation, checking } = useLive()
  return (
    <>
      <ComposeSummary
        products={values.lines.length}
        crossSells={values.crossSells.length}
        openingTotalMinor={evaluation.openingTotalMinor}
        currency={values.currency}
      />
      <PayloadPreview evaluation={evaluation} checking={checking} {...props} />
    </>
  )
})
