'use client'

import { CheckIcon, CopyIcon } from 'lucide-react'
import { useState } from 'react'
import { toast } from '@/components/toast'
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
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
      toast.success('Copied to the clipboard.')
      setTimeout(() => setCopied(false), 2000)
    } catch {
      toast.error('Could not copy: select the text and copy it by hand.')
    }
  }
  return (
    <Button type="button" variant="outline" onClick={copy}>
      {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
      {label}
      {srLabel && <span className="sr-only"> {srLabel}</span>}
    </Button>
  )
}
