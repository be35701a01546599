import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { requireMember } from '@/lib/auth/current-member'
import { getWorkspaceForPage } from '@/lib/settings/data'
import {
  getConnectionOverview,
  listConnectionChanges,
} from '@/lib/settings/connection-settings-data'
import { ConnectionForm } from './connection-form'
import { ChangeHistory } from '@/components/change-history'
import { WorkspaceNameForm } from './workspace-name-form'
import { env } from '@/lib/env'
import { readBacklog } from '@/lib/outcomes/data'
import { formatDuration } from '@/lib/dates/duration'
import { listApiTokens } from '@/lib/api/tokens-data'
import { listTeamMembers } from '@/lib/team/members-data'
import { ApiTokenForm } from './api-token-form'
import { ApiTokenList } from './api-token-list'
import Link from 'next/link'
import { listEndpoints } from '@/lib/activity/webhooks-data'
import { WebhookForm } from './webhook-form'
import { WebhookList } from './webhook-list'
import { listSharedViews } from '@/lib/history/shared-views-data'
import { describeView } from '@/lib/history/describe-view'
import { SharedViewList } from './shared-view-list'

export const metadata: Metadata = { title: 'Settings' }

const MODE_BADGES = {
  live: { tone: 'positive', label: 'Live' },
  sandbox: { tone: 'neutral', label: 'Sandbox' },
  unavailable: { tone: 'negative', label: 'Unavailable' },
} as const

const SOURCES = {
  environment:
    'Using the API key from the environment (SALESNIP_API_KEY); it overrides the key stored here.',
  settings: 'Using the API key stored here.',
  sandbox: 'Sandbox mode: no API key is set, so sessions go to the local SaleSnip sandbox.',
  none: 'No session can be sent.',
} as const

export default async function SettingsPage() {
  await requireMember('settings.manage')
  const now = new Date()
  const [workspace, overview, changes, backlog, tokens, members, endpoints, shared] =
    await Promise.all([
      getWorkspaceForPage(),
      getConnectionOverview(),
      listConnectionChanges(),
      readBacklog(now),
      listApiTokens(),
      listTeamMembers(),
      listEndpoints(),
      listSharedViews(),
    ])
  return (
    <>
      <PageHeader title="Settings" description="The workspace and its SaleSnip connection." />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card aria-labelledby="workspace-title">
          <CardTitle id="workspace-title">Workspace</CardTitle>
          <CardDescription>The name your team sees at the top of every page.</CardDescription>
          <WorkspaceNameForm name={workspace.name} />
        </Card>
        <Card aria-labelledby="salesnip-title">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle id="salesnip-title">SaleSnip connection</CardTitle>
            <Badge tone={MODE_BADGES[overview.mode].tone}>{MODE_BADGES[overview.mode].label}</Badge>
          </div>
          <CardDescription>{overview.problem ?? SOURCES[overview.source]}</CardDescription>
          <ConnectionForm overview={overview} />
        </Card>
        <Card aria-labelledby="read-back-title" className="grid gap-2">
          <CardTitle id="read-back-title">Reading outcomes back</CardTitle>
          <CardDescription>
            Live sessions are read from SaleSnip on a schedule: every minute in their first hour,
            every 15 minutes in their first day, every 2 hours in their first week, then daily;
            after {env.SESSION_EXPIRY_DAYS} days without activity they expire. At most{' '}
            {env.SALESNIP_READS_PER_MINUTE.toLocaleString('en')} reads a minute
            (SALESNIP_READS_PER_MINUTE).
          </CardDescription>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Due now</dt>
            <dd>{backlog.due.toLocaleString('en')} sessions</dd>
            <dt className="text-muted-foreground">Most overdue read</dt>
            <dd>{backlog.due ? `${formatDuration(backlog.lateSeconds)} late` : 'None'}</dd>
          </dl>
        </Card>
        <Card aria-labelledby="api-tokens-title">
          <CardTitle id="api-tokens-title">API tokens</CardTitle>
          <CardDescription>
            For a CRM or a script on the{' '}
            <Link href="/api-reference" className="underline">
              Session Studio API
            </Link>
            . A token acts as the member you choose (their role and guardrails apply), within its
            scopes, at most {env.API_REQUESTS_PER_MINUTE} requests a minute; every call is in the
            audit log.
          </CardDescription>
          <ApiTokenForm members={members} />
          <ApiTokenList
            tokens={tokens.map((token) => ({
              id: token.id,
              name: token.name,
              prefix: token.prefix,
              scopes: token.scopes,
              memberName: token.member.name,
              createdAt: token.createdAt.toISOString(),
              expiresAt: token.expiresAt?.toISOString() ?? null,
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              state: token.revokedAt
                ? 'revoked'
                : token.expiresAt && token.expiresAt <= now
                  ? 'expired'
                  : 'active',
            }))}
          />
        </Card>
        <Card aria-labelledby="webhooks-title">
          <CardTitle id="webhooks-title">Webhooks</CardTitle>
          <CardDescription>
            Session events (created, opened, accepted, cancelled, expired, failed) POSTed to your
            CRM or chat, signed per Standard Webhooks, retried with backoff for a day; an endpoint
            failing for 24 hours is disabled and admins are emailed.
          </CardDescription>
          <WebhookForm />
          <WebhookList endpoints={endpoints} />
        </Card>
        <Card aria-labelledby="shared-views-title">
          <CardTitle id="shared-views-title">Shared views</CardTitle>
          <CardDescription>
            History views shared as read-only links outside the team, with their visits.
          </CardDescription>
          <SharedViewList
            views={shared.map((view) => ({
              id: view.id,
              name: view.name,
              filters: describeView(view.query),
              createdByName: view.createdByName,
              expiresAt: view.expiresAt.toISOString(),
              lastViewedAt: view.lastViewedAt?.toISOString() ?? null,
              viewCount: view.viewCount,
              state: view.revokedAt ? 'revoked' : view.expiresAt <= now ? 'expired' : 'active',
            }))}
          />
        </Card>
        <Card aria-labelledby="connection-history-title">
          <CardTitle id="connection-history-title">Changes to the connection</CardTitle>
          <ChangeHistory entries={changes} />
        </Card>
      </div>
    </>
  )
}
