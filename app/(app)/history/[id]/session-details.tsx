import Link from 'next/link'
import { Card, CardTitle } from '@/components/ui/card'
import { formatMoney } from '@/lib/salesnip/money'
import type { SessionDetail } from '@/lib/history/session-data'

/** Who made the session for whom, from which template versions, and any floor overrides. */
export function SessionDetails({ session }: { session: SessionDetail }) {
  return (
    <Card aria-labelledby="details-title" className="grid gap-4">
      <CardTitle id="details-title">Details</CardTitle>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm break-words">
        <dt className="text-muted-foreground">Created by</dt>
        <dd>
          {session.repName} ({session.repEmail})
        </dd>
        <dt className="text-muted-foreground">Buyer</dt>
        <dd>{[session.buyerName, session.buyerEmail].filter(Boolean).join(' · ') || '—'}</dd>
        <dt className="text-muted-foreground">Deal reference</dt>
        <dd>{session.dealReference || '—'}</dd>
        <dt className="text-muted-foreground">Currency</dt>
        <dd>{session.currency}</dd>
      </dl>
      <div>
        <h3 className="mb-1 text-sm font-medium">Template versions used</h3>
        <ul className="list-disc pl-5 text-sm">
          {session.templateVersions.map((version) => (
            <li key={version.templateId}>
              <Link href={`/templates/${version.templateId}`} className="underline">
                {version.productId}
              </Link>{' '}
              version {version.version}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-1 text-sm font-medium">Guardrail overrides</h3>
        {session.overrides.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            None: every floor is at or above its template&apos;s.
          </p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {session.overrides.map((override) => (
              <li key={override.path}>
                {override.templateName}: floor {formatMoney(override.floorMinor, session.currency)}{' '}
                below the template&apos;s{' '}
                {formatMoney(override.templateFloorMinor, session.currency)}, by {override.byName}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  )
}
