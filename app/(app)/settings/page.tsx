import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { requireMember } from '@/lib/auth/current-member'
import { getWorkspace } from '@/lib/settings/data'
import {
  getConnectionOverview,
  listConnectionChanges,
} from '@/lib/settings/connection-settings-data'
import { ConnectionForm } from './connection-form'
import { ChangeHistory } from '@/components/change-history'
import { WorkspaceNameForm } from './workspace-name-form'

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
  const [workspace, overview, changes] = await Promise.all([
    getWorkspace(),
    getConnectionOverview(),
    listConnectionChanges(),
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
        <Card aria-labelledby="connection-history-title">
          <CardTitle id="connection-history-title">Changes to the connection</CardTitle>
          <ChangeHistory entries={changes} />
        </Card>
      </div>
    </>
  )
}
