import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'
import { RowsSkeleton } from '@/components/rows-skeleton'
import { TableScroll } from '@/components/table-scroll'
import { formatDuration } from '@/lib/dates/duration'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { requireMember } from '@/lib/auth/current-member'
import type { Currency } from '@/lib/salesnip/currencies'
import { formatMoney } from '@/lib/salesnip/money'
import { readDashboard } from '@/lib/dashboard/data'
import { dashboardRange } from '@/lib/dashboard/range'
import { historyHref } from '@/lib/history/query'
import { formatDiscount } from '@/lib/outcomes/summary'
import { Bars } from './bars'

export const metadata: Metadata = { title: 'Dashboard' }

type DashboardPageProps = { searchParams: Promise<{ from?: string; to?: string }> }

export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  await requireMember('dashboard.read')
  const range = dashboardRange(await searchParams, new Date())
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="How the team's sessions went, for a range of days (UTC)."
      />
      <form
        action="/dashboard"
        aria-label="Date range"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border bg-card p-4"
      >
        <div className="grid gap-1.5">
          <Label htmlFor="dashboard-from">From</Label>
          <Input id="dashboard-from" name="from" type="date" defaultValue={range.fromDay} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="dashboard-to">To</Label>
          <Input id="dashboard-to" name="to" type="date" defaultValue={range.toDay} />
        </div>
        <Button type="submit">Show</Button>
      </form>
      {/* The range shows at once; the figures stream in below it. */}
      <Suspense key={`${range.fromDay}/${range.toDay}`} fallback={<RowsSkeleton rows={4} />}>
        <DashboardFigures range={range} />
      </Suspense>
    </>
  )
}

async function DashboardFigures({ range }: { range: ReturnType<typeof dashboardRange> }) {
  const figures = await readDashboard(range)
  const percent = (value: number | null) =>
    value === null ? '—' : `${(value * 100).toLocaleString('en', { maximumFractionDigits: 1 })} %`
  const history = (extra: { rep?: string; status?: 'accepted' }) =>
    historyHref({ from: range.fromDay, to: range.toDay, ...extra })

  return (
    <>
      <dl className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ['Sessions sent', figures.created.toLocaleString('en')],
          ['Accepted', figures.complete.toLocaleString('en')],
          ['Acceptance rate', percent(figures.completionRate)],
          ['Average discount (accepted)', formatDiscount(figures.averageDiscountBp)],
          ['Opened', figures.opened.toLocaleString('en')],
          ['Cancelled by the buyer', figures.cancelled.toLocaleString('en')],
          [
            'Median time to accept',
            figures.medianAcceptSeconds === null
              ? '—'
              : formatDuration(figures.medianAcceptSeconds),
          ],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Card aria-labelledby="funnel-title" className="grid gap-3 lg:col-span-2">
          <CardTitle id="funnel-title">Sent → opened → accepted, per rep</CardTitle>
          <TableScroll label="Funnel per rep">
            <table className="w-full text-sm">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Rep
                  </th>
                  {['Sent', 'Opened', 'Accepted', 'Cancelled', 'Expired'].map((label) => (
                    <th key={label} scope="col" className="py-1 pr-4 text-right font-medium">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.perRep.map((rep) => (
                  <tr key={rep.repId} className="border-t">
                    <th scope="row" className="py-1 pr-4 text-left font-normal">
                      {rep.name}
                    </th>
                    <td className="py-1 pr-4 text-right tabular-nums">{rep.created}</td>
                    <td className="py-1 pr-4 text-right tabular-nums">
                      {rep.opened} ({percent(rep.created ? rep.opened / rep.created : null)})
                    </td>
                    <td className="py-1 pr-4 text-right tabular-nums">
                      {rep.complete} ({percent(rep.created ? rep.complete / rep.created : null)})
                    </td>
                    <td className="py-1 pr-4 text-right tabular-nums">{rep.cancelled}</td>
                    <td className="py-1 pr-4 text-right tabular-nums">{rep.expired}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Card>
        <Card aria-labelledby="reps-title" className="grid gap-3">
          <CardTitle id="reps-title">Sessions sent per rep</CardTitle>
          <Bars
            label="Sessions sent per rep"
            rows={figures.perRep.map((rep) => ({
              key: rep.repId,
              label: rep.name,
              value: rep.created,
              text: `${rep.created.toLocaleString('en')} sent, ${rep.complete.toLocaleString('en')} accepted (${percent(rep.created ? rep.complete / rep.created : null)})`,
              href: history({ rep: rep.repId }),
            }))}
          />
        </Card>
        <Card aria-labelledby="revenue-title" className="grid gap-3">
          <CardTitle id="revenue-title">Revenue agreed, by currency</CardTitle>
          {figures.revenueByCurrency.length === 0 ? (
            <p className="text-sm text-muted-foreground">No accepted sessions in this range.</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {figures.revenueByCurrency.map((row) => (
                <li key={row.currency} className="flex justify-between gap-4">
                  <Link
                    href={historyHref({
                      from: range.fromDay,
                      to: range.toDay,
                      status: 'accepted',
                      currency: row.currency as Currency,
                    })}
                    className="underline"
                  >
                    {row.currency}
                  </Link>
                  <span className="tabular-nums">
                    {formatMoney(row.agreedMinor, row.currency)} from{' '}
                    {row.sessions.toLocaleString('en')} session{row.sessions === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="accepted-title" className="grid gap-3 lg:col-span-2">
          <CardTitle id="accepted-title">Templates most often accepted</CardTitle>
          <Bars
            label="Templates most often accepted"
            rows={figures.topAccepted.map((row) => ({
              key: row.templateId,
              label: row.name,
              value: row.accepted,
              text: `${row.accepted.toLocaleString('en')} accepted`,
              href: `/templates/${row.templateId}`,
            }))}
          />
        </Card>
      </div>
      <p className="mt-6 text-sm text-muted-foreground">
        <Link href={history({ status: 'accepted' })} className="underline">
          The accepted sessions of this range in the history
        </Link>
      </p>
    </>
  )
}
