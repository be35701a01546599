'use client'

import { DownloadIcon } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'

/**
 * Downloads the current view as CSV, showing how far it got: the server streams the rows and says
 * how many there are, the browser counts them as they arrive, then saves the file.
 */
export function ExportButton({ href }: { href: string }) {
  const [progress, setProgress] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function exportCsv() {
    setBusy(true)
    setProgress('Starting the export…')
    try {
      const response = await fetch(href)
      if (!response.ok || !response.body) throw new Error(String(response.status))
      const total = Number(response.headers.get('X-Row-Count') ?? 0)
      const reader = response.body.getReader()
      const chunks: Uint8Array<ArrayBuffer>[] = []
      let lines = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        for (const byte of value) if (byte === 10) lines += 1
        const rows = Math.max(0, lines - 1) // the header line
        setProgress(`Exporting… ${rows.toLocaleString('en')} of ${total.toLocaleString('en')} rows`)
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ??
        'session-history.csv'
      const url = URL.createObjectURL(new Blob(chunks, { type: 'text/csv' }))
      const link = document.createElement('a')
      link.href = url
      link.download = name
      link.click()
      URL.revokeObjectURL(url)
      setProgress(`Exported ${total.toLocaleString('en')} row${total === 1 ? '' : 's'}.`)
    } catch {
      setProgress('The export failed. Try again, or narrow the view.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex items-center gap-3">
      <p className="text-sm text-muted-foreground" role="status" aria-live="polite">
        {progress}
      </p>
      <Button type="button" variant="outline" onClick={exportCsv} disabled={busy}>
        <DownloadIcon aria-hidden />
        Export CSV
      </Button>
    </div>
  )
}
