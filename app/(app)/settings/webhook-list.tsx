import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { EndpointRow } from '@/lib/activity/webhooks-data'

/** The endpoints, each leading to its delivery log. */
export function WebhookList({ endpoints }: { endpoints: EndpointRow[] }) {
  if (endpoints.length === 0)
    return <p className="mt-4 text-sm text-muted-foreground">No webhook endpoints yet.</p>
  return (
    <ul className="mt-4 grid gap-3" aria-label="Webhook endpoints">
      {endpoints.map((endpoint) => (
        <li key={endpoint.id} className="grid gap-1 rounded-md border p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/settings/webhooks/${endpoint.id}`}
              className="break-all font-medium underline"
            >
              {endpoint.url}
            </Link>
            {endpoint.format === 'slack' && <Badge tone="neutral">Slack</Badge>}
            {endpoint.disabledAt ? (
              <Badge tone="negative">Disabled</Badge>
            ) : endpoint.failingSince ? (
              <Badge tone="negative">Failing</Badge>
            ) : null}
          </div>
          {endpoint.description && <p className="text-muted-foreground">{endpoint.description}</p>}
          <p className="break-words text-muted-foreground">{endpoint.events.join(', ')}</p>
        </li>
      ))}
    </ul>
  )
}
