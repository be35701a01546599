'use client'

import { useMemo, useState } from 'react'
import { CopyButton } from '@/components/copy-button'
import { Button } from '@/components/ui/button'
import { inBlocks } from '@/lib/text-blocks'

/** JSON text to read (pretty) or to take exactly as stored (raw), with a copy of the raw bytes. */
export function JsonView({
  label,
  text,
  copyLabel = `Copy ${label.toLowerCase()}`,
  children,
}: {
  label: string
  text: string
  copyLabel?: string
  /** More buttons beside the copy button. */
  children?: React.ReactNode
}) {
  const [view, setView] = useState<'pretty' | 'raw'>('pretty')
  const blocks = useMemo(() => inBlocks(prettyJson(text)), [text])
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex gap-1" role="group" aria-label={`${label}: format`}>
          {(['pretty', 'raw'] as const).map((option) => (
            <Button
              key={option}
              type="button"
              size="sm"
              variant={view === option ? 'default' : 'outline'}
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {option === 'pretty' ? 'Pretty' : 'Raw'}
            </Button>
          ))}
        </div>
        <CopyButton value={text} label={copyLabel} />
        {children}
      </div>
      {view === 'pretty' ? (
        <pre
          aria-label={`${label}, formatted`}
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs"
        >
          {blocks.map((block, index) => (
            <span key={index} className="block">
              {block}
            </span>
          ))}
        </pre>
      ) : (
        <textarea
          aria-label={`${label}, raw`}
          readOnly
          value={text}
          rows={8}
          className="w-full rounded-md bg-muted p-3 font-mono text-xs break-all"
        />
      )}
    </div>
  )
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text // not JSON (SaleSnip answered garbage): shown as it came
  }
}
