'use client'

import { CopyButton } from '@/components/copy-button'
import { JsonView } from '@/components/json-view'
import type { PreviewCheck } from '@/lib/compose/check'
import { cn } from '@/lib/utils'
import { curlCommand, describeFormPath } from '@/lib/compose/preview-text'

type PayloadPreviewProps = {
  evaluation: PreviewCheck
  /** The browser's check is still loading and the form has changed since the server's. */
  checking?: boolean
  apiBaseUrl: string
  /** Create was pressed: what is left is an error now, not a to-do. */
  submitted: boolean
}

/** The exact body of POST /v1/sessions, as the create action will send it. */
export function PayloadPreview({
  evaluation,
  checking,
  apiBaseUrl,
  submitted,
}: PayloadPreviewProps) {
  const { issues, bytes } = evaluation
  return (
    <section aria-labelledby="preview-title" className="grid gap-3 rounded-lg border p-3">
      <h2 id="preview-title" className="font-semibold">
        Request preview
      </h2>
      {checking ? (
        <p role="status" className="text-sm text-muted-foreground">
          Checking the request…
        </p>
      ) : issues.length > 0 ? (
        <div
          role="status"
          className={cn('rounded-md border p-2 text-sm', submitted && 'border-destructive/60')}
        >
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
          Ready to send: {new TextEncoder().encode(bytes).length.toLocaleString('en')} bytes.
        </p>
      )}
      <JsonView label="Request body" text={bytes} copyLabel="Copy JSON">
        <CopyButton value={curlCommand(apiBaseUrl, bytes)} label="Copy as curl" />
      </JsonView>
    </section>
  )
}
