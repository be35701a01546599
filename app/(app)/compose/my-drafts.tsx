'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import { deleteDraftAction } from '@/lib/compose/actions/drafts'
import type { DraftSummary } from '@/lib/compose/drafts-data'

type MyDraftsProps = { drafts: DraftSummary[]; currentDraftId: string }

/** The rep's own drafts, newest first: resume one, or delete it. */
export function MyDrafts({ drafts, currentDraftId }: MyDraftsProps) {
  const router = useRouter()
  if (drafts.length === 0) return null

  async function remove(draft: DraftSummary) {
    const result = await deleteDraftAction({ draftId: draft.id })
    if (result?.serverError) toast.error(result.serverError)
    else {
      toast.success(`Draft “${draft.title}” deleted.`)
      if (draft.id === currentDraftId) router.push('/compose')
      else router.refresh()
    }
  }

  return (
    <details className="rounded-lg border p-3">
      <summary className="cursor-pointer font-medium">My drafts ({drafts.length})</summary>
      <ul aria-label="My drafts" className="mt-2 grid gap-1">
        {drafts.map((draft) => (
          <li key={draft.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>
              {draft.id === currentDraftId ? (
                <span className="font-medium">{draft.title} (open)</span>
              ) : (
                <Link href={`/compose?draft=${draft.id}`} className="underline">
                  {draft.title}
                </Link>
              )}{' '}
              <span className="text-muted-foreground" suppressHydrationWarning>
                saved{' '}
                {draft.updatedAt.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' })}
              </span>
            </span>
            <Button type="button" variant="ghost" size="sm" onClick={() => remove(draft)}>
              Delete<span className="sr-only"> draft {draft.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </details>
  )
}
