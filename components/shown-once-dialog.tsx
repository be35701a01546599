'use client'

import type { ShownOnceDialogProps } from './shown-once-dialog-body'
import { useDeferredModule } from './use-deferred-module'

// Opens only after a form was sent and answered: its dialog code (Radix) loads after the page.
const loadBody = () => import('./shown-once-dialog-body')

/** A secret or link the server hands out once (a token, a signing secret, an invitation): to copy now. */
export function ShownOnceDialog(props: ShownOnceDialogProps) {
  const loaded = useDeferredModule(loadBody)
  return loaded ? <loaded.ShownOnceDialogBody {...props} /> : null
}
