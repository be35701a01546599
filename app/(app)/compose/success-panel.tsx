'use client'

import { CheckCircle2Icon, ExternalLinkIcon } from 'lucide-react'
import Link from 'next/link'
import { CopyButton } from '@/components/copy-button'
import { QrCode } from '@/components/qr-code'
import { ShareButton } from '@/components/share-button'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { Label } from '@/components/ui/label'
import { formatMoney } from '@/lib/salesnip/money'
import type { CreatedSession } from '@/lib/sessions/create-result'
import { buyerMessage, widgetSnippet } from '@/lib/sessions/share-text'

type SuccessPanelProps = {
  session: CreatedSession
  replay: boolean
  buyerName: string
  onNew: () => void
  onDuplicate: () => void
}

export function SuccessPanel({
  session,
  replay,
  buyerName,
  onNew,
  onDuplicate,
}: SuccessPanelProps) {
  const message = buyerMessage({ buyerName, url: session.url })
  return (
    <Card aria-labelledby="created-title" className="grid gap-5">
      <div className="flex items-start gap-3">
        <CheckCircle2Icon className="mt-0.5 size-6 text-green-700" aria-hidden />
        <div>
          <CardTitle id="created-title">Session created</CardTitle>
          <p className="text-sm text-muted-foreground">
            {replay
              ? 'This form had already created its session: here it is again (nothing new was created).'
              : `Opening total ${formatMoney(session.openingTotalMinor, session.currency)}. Send the link to the buyer.`}
          </p>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-[1fr_auto]">
        <div className="grid content-start gap-3">
          <div className="grid gap-1.5">
            <Label htmlFor="session-link">Link for the buyer</Label>
            <input
              id="session-link"
              readOnly
              value={session.url}
              className="h-9 rounded-md border bg-muted px-3 font-mono text-sm"
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <ShareButton title={`Your offer${buyerName ? `, ${buyerName}` : ''}`} text={message} />
            <CopyButton value={session.url} label="Copy link" />
            <Button asChild variant="outline">
              <a href={session.url} target="_blank" rel="noreferrer">
                <ExternalLinkIcon aria-hidden />
                Open
              </a>
            </Button>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="buyer-message">Message for the buyer</Label>
            <textarea
              id="buyer-message"
              readOnly
              rows={4}
              value={message}
              className="rounded-md border bg-muted p-3 text-sm"
            />
            <div>
              <CopyButton value={message} label="Copy message" />
            </div>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="widget-snippet">
              Session id <span className="font-mono">{session.salesnipId}</span>, for
              SaleSnip&apos;s widget on your site
            </Label>
            <textarea
              id="widget-snippet"
              readOnly
              rows={3}
              value={widgetSnippet(session.salesnipId)}
              className="rounded-md border bg-muted p-3 font-mono text-xs"
            />
            <div className="flex flex-wrap gap-2">
              <CopyButton value={session.salesnipId} label="Copy session id" />
              <CopyButton value={widgetSnippet(session.salesnipId)} label="Copy widget snippet" />
            </div>
          </div>
        </div>
        <QrCode value={session.url} />
      </div>
      <div className="flex flex-wrap gap-2 border-t pt-4">
        <Button type="button" onClick={onNew}>
          New session
        </Button>
        <Button type="button" variant="outline" onClick={onDuplicate}>
          Duplicate for another buyer
        </Button>
        <Button asChild variant="ghost">
          <Link href={`/history/${session.id}`}>See it in the history</Link>
        </Button>
      </div>
    </Card>
  )
}
