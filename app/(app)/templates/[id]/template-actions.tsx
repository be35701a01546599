'use client'

import Link from 'next/link'
import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'
import {
  archiveTemplateAction,
  duplicateTemplateAction,
  restoreTemplateAction,
} from '@/lib/templates/actions/manage-template'

export function TemplateActions({
  templateId,
  archived,
}: {
  templateId: string
  archived: boolean
}) {
  const onError = ({ error }: { error: { serverError?: string } }) =>
    toast.error(error.serverError ?? 'That did not work.')
  const duplicate = useAction(duplicateTemplateAction, { onError })
  const archive = useAction(archiveTemplateAction, {
    onError,
    onSuccess: () => toast.success('Template archived.'),
  })
  const restore = useAction(restoreTemplateAction, {
    onError,
    onSuccess: () => toast.success('Template restored.'),
  })
  return (
    <div className="ml-auto flex flex-wrap gap-2">
      <Button asChild size="sm">
        <Link href={`/templates/${templateId}/edit`}>Edit</Link>
      </Button>
      <Button
        size="sm"
        variant="outline"
        disabled={duplicate.isExecuting}
        onClick={() => duplicate.execute({ templateId })}
      >
        Duplicate
      </Button>
      {archived ? (
        <Button
          size="sm"
          variant="outline"
          disabled={restore.isExecuting}
          onClick={() => restore.execute({ templateId })}
        >
          Restore
        </Button>
      ) : (
        <Button
          size="sm"
          variant="outline"
          disabled={archive.isExecuting}
          onClick={() => archive.execute({ templateId })}
        >
          Archive
        </Button>
      )}
    </div>
  )
}
