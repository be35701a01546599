'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { deleteAllDraftsAction, deleteDraftAction } from '@/lib/compose/actions/drafts'
import type { DraftSummary } from '@/lib/compose/drafts-data'

/** The rep's drafts: resume one, delete one, or clear them all. */
export function HomeDrafts({ drafts }: { drafts: DraftSummary[] }) {
  const router = useRouter()

  async function remove(draft: DraftSummary) {
    const result = await deleteDraftAction({ draftId: draft.id })
    if (result?.serverError) toast.error(result.serverError)
    else toast.success(`Draft “${draft.title}” deleted.`)
    router.refresh()
  }

  async function clearAll() {
    if (!window.confirm(`Delete all ${drafts.length} drafts? This cannot be undone.`)) return
    const result = await deleteAllDraftsAction({})
    if (result?.serverError) toast.error(result.serverError)
    else toast.success(`${result?.data?.deleted ?? 0} drafts deleted.`)
    router.refresh()
  }

  return (
    <Card aria-labelledby="drafts-title" className="grid content-start gap-3">
      <div className="flex items-center justify-between gap-2">
        <CardTitle id="drafts-title">My drafts</CardTitle>
        {drafts.length > 1 && (
          <Button type="button" variant="ghost" size="sm" onClick={clearAll}>
            Clear all<span className="sr-only"> drafts</span>
          </Button>
        )}
      </div>
      {drafts.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No drafts. A composition saves itself as a draft while you type.
        </p>
      ) : (
        <ul aria-label="My drafts" className="grid gap-1 text-sm">
          {drafts.map((draft) => (
            <li key={draft.id} className="flex min-w-0 items-center justify-between gap-2">
              <Link href={`/compose?draft=${draft.id}`} className="min-w-0 truncate underline">
                {draft.title}
              </Link>
              <Button type="button" variant="ghost" size="sm" onClick={() => remove(draft)}>
                Delete<span className="sr-only"> draft {draft.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
