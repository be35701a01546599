'use client'

import { useState } from 'react'
import { CopyButton } from '@/components/copy-button'
import { Button } from '@/components/ui/button'
import type { Evaluation } from '@/lib/sessions/evaluate'
import { curlCommand, describeFormPath } from '@/lib/sessions/preview-text'

type PayloadPreviewProps = { evaluation: Evaluation; apiBaseUrl: string }

/** The exact body of POST /v1/sessions, as the create action will send it. */
export function PayloadPreview({ evaluation, apiBaseUrl }: PayloadPreviewProps) {
  const [view, setView] = useState<'pretty' | 'raw'>('pretty')
  const { issues, bytes, body } = evaluation
  return (
    <section aria-labelledby="preview-title" className="grid gap-3 rounded-lg border p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="preview-title" className="font-semibold">
          Request preview
        </h2>
        <div className="flex gap-1" role="group" aria-label="Preview format">
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
      </div>
      {issues.length > 0 ? (
        <div role="status" className="rounded-md border border-destructive/60 p-2 text-sm">
          <p className="font-medium">Not ready to send: {issues.length} to fix</p>
          <ul aria-label="Problems in this request" className="mt-1 list-disc pl-5">
            {issues.slice(0, 20).map((issue) => (
              <li key={issue.path}>
                {describeFormPath(issue.path)}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" className="text-sm text-muted-foreground">
          Ready to send: {bytes.length.toLocaleString('en')} bytes.
        </p>
      )}
      {view === 'pretty' ? (
        <pre
          aria-label="Request body, formatted"
          tabIndex={0}
          className="max-h-[32rem] overflow-auto rounded-md bg-muted p-3 text-xs"
        >
          {JSON.stringify(body, null, 2)}
        </pre>
      ) : (
        <textarea
          aria-label="Raw request body"
          readOnly
          value={bytes}
          rows={12}
          className="w-full rounded-md bg-muted p-3 font-mono text-xs break-all"
        />
      )}
      <div className="flex flex-wrap gap-2">
        <CopyButton value={bytes} label="Copy JSON" />
        <CopyButton value={curlCommand(apiBaseUrl, bytes)} label="Copy as curl" />
      </div>
    </section>
  )
}
