'use client'

import { CheckIcon, CopyIcon } from 'lucide-react'
import { useState } from 'react'
import { copyText } from '@/components/copy-text'
import { Button } from '@/components/ui/button'

type CopyButtonProps = {
  value: string
  label: string
  /** Said only to screen readers after the label, when a page has several ("for Ana Lima"). */
  srLabel?: string
}

/** Copies `value` to the clipboard and says so. */
export function CopyButton({ value, label, srLabel }: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  async function copy() {
    const done = await copyText(value, {
      copied: 'Copied to the clipboard.',
      failed: 'Could not copy: select the text and copy it by hand.',
    })
    if (!done) return
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <Button type="button" variant="outline" onClick={copy}>
      {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
      {label}
      {srLabel && <span className="sr-only"> {srLabel}</span>}
    </Button>
  )
}
