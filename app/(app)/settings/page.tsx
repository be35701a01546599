import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { requireMember } from '@/lib/auth/current-member'
import { getWorkspace } from '@/lib/settings/data'
import { WorkspaceNameForm } from './workspace-name-form'

export const metadata: Metadata = { title: 'Settings' }

export default async function SettingsPage() {
  await requireMember(['admin'])
  const workspace = await getWorkspace()
  return (
    <>
      <PageHeader title="Settings" description="The workspace and its SaleSnip connection." />
      <div className="grid gap-6">
        <Card aria-labelledby="workspace-title">
          <CardTitle id="workspace-title">Workspace</CardTitle>
          <CardDescription>The name your team sees at the top of every page.</CardDescription>
          <WorkspaceNameForm name={workspace.name} />
        </Card>
        <Card aria-labelledby="salesnip-title">
          <CardTitle id="salesnip-title">SaleSnip connection</CardTitle>
          <CardDescription>
            Not built yet: the API key, default project, currency and callbacks will be set here.
          </CardDescription>
        </Card>
      </div>
    </>
  )
}
