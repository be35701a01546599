import { FlaskConicalIcon } from 'lucide-react'
import Link from 'next/link'

/** On every page while no SaleSnip key is set: nothing reaches the real SaleSnip. */
export function SandboxBanner({ canConfigure }: { canConfigure: boolean }) {
  return (
    <div className="flex items-center gap-2 border-b bg-accent px-4 py-2 text-sm text-accent-foreground sm:px-6">
      <FlaskConicalIcon className="size-4 shrink-0" aria-hidden />
      <p>
        <strong>Sandbox mode:</strong> sessions go to the local SaleSnip sandbox, not to SaleSnip.{' '}
        {canConfigure ? (
          <Link href="/settings" className="underline underline-offset-4">
            Set an API key
          </Link>
        ) : (
          'An admin can set an API key.'
        )}
      </p>
    </div>
  )
}
