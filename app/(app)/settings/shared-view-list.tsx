'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { revokeSharedViewAction } from '@/lib/history/actions/share-view'

export type SharedViewItem = {
  id: string
  name: string
  filters: string
  createdByName: string
  expiresAt: string
  lastViewedAt: string | null
  viewCount: number
  state: 'active' | 'expired' | 'revoked'
}

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en', { dateStyle: 'medium', timeZone: 'UTC' })

/** Every History view shared outside the team, its visits, and "revoke". */
export function SharedViewList({ views }: { views: SharedViewItem[] }) {
  const revoke = useAction(revokeSharedViewAction)
  if (views.length === 0)
    return (
      <p className="mt-2 text-sm text-muted-foreground">
        Nothing shared yet: use “Share view” on the History page.
      </p>
    )
  return (
    <ul className="mt-2 grid gap-3" aria-label="Shared views">
      {views.map((view) => (
        <li
          key={view.id}
          className="grid gap-1 rounded-md border p-3 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
        >
          <div className="grid min-w-0 gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words">{view.name}</span>
              {view.state !== 'active' && (
                <Badge tone="negative">{view.state === 'revoked' ? 'Revoked' : 'Expired'}</Badge>
              )}
            </div>
            <p className="break-words text-muted-foreground">
              {view.filters} · shared by {view.createdByName} · until {day(view.expiresAt)}
            </p>
            <p className="text-muted-foreground">
              {view.viewCount === 0
                ? 'Not viewed yet'
                : `Viewed ${view.viewCount} time${view.viewCount === 1 ? '' : 's'}, last on ${day(view.lastViewedAt!)}`}
            </p>
          </div>
          {view.state === 'active' && (
            <Button
              variant="outline"
              size="sm"
              aria-label={`Revoke ${view.name}`}
              disabled={revoke.isExecuting}
              onClick={async () => {
                const result = await revoke.executeAsync({ viewId: view.id })
                if (result?.serverError) toast.error(result.serverError)
                else toast.success(`${view.name} is revoked.`)
              }}
            >
              Revoke
            </Button>
          )}
        </li>
      ))}
    </ul>
  )
}
