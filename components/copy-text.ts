'use client'

import { toast } from './toast'

/**
 * Copies text to the clipboard and says how it went, in words that fit what was copied. Resolves to
 * whether it was copied (a browser may refuse: no permission, an insecure page).
 */
export async function copyText(
  text: string,
  said: { copied: string; failed: string },
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    toast.success(said.copied)
    return true
  } catch {
    toast.error(said.failed)
    return false
  }
}
