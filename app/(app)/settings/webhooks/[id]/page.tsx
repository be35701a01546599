import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardTitle } from '@/components/ui/card'
import { listDeliveries } from '@/lib/activity/webhook-deliveries-data'
import { getEndpoint } from '@/lib/activity/webhooks-data'
import { requireMember } from '@/lib/auth/current-member'
import { EndpointSwitch, RemoveEndpointButton, ResendButton } from './endpoint-buttons'

export const metadata: Metadata = { title: 'Webhook deliveries' }

const when = (date: Date) =>
  date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) + ' UTC'

// One endpoint's delivery log: each event sent, each try with its status code and the start of the
// answer, and "resend".
export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  await requireMember('webhooks.manage')
  const { id } = await params
  const endpoint = await getEndpoint(id)
  if (!endpoint) notFound()
  const deliveries = await listDeliveries(id)
  return (
    <>
      <PageHeader title="Webhook deliveries" description={endpoint.url} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card className="grid gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle>Endpoint</CardTitle>
            {endpoint.disabledAt ? (
              <Badge tone="negative">Disabled</Badge>
            ) : (
              <Badge tone="positive">Enabled</Badge>
            )}
          </div>
          <p className="break-all text-sm">{endpoint.url}</p>
          <p className="break-words text-sm text-muted-foreground">{endpoint.events.join(', ')}</p>
          {endpoint.disabledReason && (
            <p className="text-sm text-destructive">{endpoint.disabledReason}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <EndpointSwitch endpointId={endpoint.id} enabled={!endpoint.disabledAt} />
            <RemoveEndpointButton endpointId={endpoint.id} />
            <Link href="/settings" className="text-sm underline">
              Back to Settings
            </Link>
          </div>
        </Card>
        <Card className="grid gap-3">
          <CardTitle>Deliveries</CardTitle>
          {deliveries.length === 0 && (
            <p className="text-sm text-muted-foreground">Nothing sent yet.</p>
          )}
          <ol className="grid gap-3" aria-label="Deliveries">
            {deliveries.map((delivery) => (
              <li key={delivery.id} className="grid gap-2 rounded-md border p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <code>{delivery.event.type}</code>
                  <Badge
                    tone={
                      delivery.status === 'delivered'
                        ? 'positive'
                        : delivery.status === 'failed'
                          ? 'negative'
                          : 'neutral'
                    }
                  >
                    {delivery.status === 'delivered'
                      ? 'Delivered'
                      : delivery.status === 'failed'
                        ? 'Failed'
                        : 'Retrying'}
                  </Badge>
                  <span className="text-muted-foreground">
                    {when(delivery.createdAt)} · event #{delivery.event.sequence} of its session ·{' '}
                    <code className="break-all">{delivery.event.id}</code>
                  </span>
                  <ResendButton deliveryId={delivery.id} />
                </div>
                <table className="w-full table-fixed text-left text-xs">
                  <caption className="sr-only">Tries of {delivery.event.id}</caption>
                  <thead className="text-muted-foreground">
                    <tr>
                      <th scope="col" className="w-16">
                        Try
                      </th>
                      <th scope="col" className="w-16">
                        Status
                      </th>
                      <th scope="col">Answer</th>
                    </tr>
                  </thead>
                  <tbody>
                    {delivery.attemptsLog.map((attempt) => (
                      <tr key={attempt.attempt} className="align-top">
                        <td>{attempt.attempt}</td>
                        <td>{attempt.statusCode ?? '—'}</td>
                        <td className="break-words">
                          <span className="text-muted-foreground">
                            {when(attempt.at)} · {attempt.durationMs} ms ·{' '}
                          </span>
                          {attempt.excerpt || '(empty)'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  )
}
