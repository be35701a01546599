import { TriangleAlertIcon } from 'lucide-react'
import Link from 'next/link'

/** On every page while no session can be sent: loud for admins, who can fix it. */
export function ConnectionProblemBanner({
  problem,
  canConfigure,
}: {
  problem: string
  canConfigure: boolean
}) {
  return (
    <div
      role="alert"
      className="flex items-start gap-2 border-b border-destructive/40 bg-red-100 px-4 py-2 text-sm text-red-950 sm:px-6 dark:bg-red-950 dark:text-red-50"
    >
      <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>
        <strong>SaleSnip is unavailable.</strong>{' '}
        {canConfigure ? (
          <>
            {problem}{' '}
            <Link href="/settings" className="font-medium underline underline-offset-4">
              Open Settings
            </Link>
          </>
        ) : (
          'Sessions cannot be created right now. An admin has been told how to fix it.'
        )}
      </p>
    </div>
  )
}
