import type { KeyboardEvent } from 'react'

/**
 * Enter in a text field never creates a session (in live mode that is a real SaleSnip session
 * made by accident, say after Enter in the product picker). Create is a click on the button, or
 * Ctrl/⌘+Enter from anywhere in the form.
 */
export function guardEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault()
    event.currentTarget.requestSubmit()
    return
  }
  if (event.target instanceof HTMLInputElement) event.preventDefault()
}
