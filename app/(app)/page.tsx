import type { Metadata } from 'next'
import Link from 'next/link'
import { PlusIcon } from 'lucide-react'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { listDrafts } from '@/lib/compose/drafts-data'
import { ageOf } from '@/lib/history/age'
import { listHistory } from '@/lib/history/data'
import { historyHref } from '@/lib/history/query'
import { acceptedThisWeek } from '@/lib/home/accepted-this-week'
import { setupSteps } from '@/lib/home/setup'
import { resolveConnectionForPage } from '@/lib/settings/connection-data'
import { getWorkspaceForPage } from '@/lib/settings/data'
import { countPendingInvitations } from '@/lib/team/invitations-data'
import { listTeamMembers } from '@/lib/team/members-data'
import { HomeDrafts } from './_home/home-drafts'
import { SessionList } from './_home/session-list'
import { SetupChecklist } from './_home/setup-checklist'

export const metadata: Metadata = { title: 'Home' }

/** Each list's rows: read as a page of that size, not a History page cut short. */
const LISTED = 5

// Home starts work: a new session, the rep's drafts and recent links, the team's wins this week,
// and for an admin the setup still to do.
export default async function HomePage() {
  const member = await requireMember()
  const composes = can(member.role, 'sessions.create')
  const now = new Date()
  const accepted = acceptedThisWeek(now)
  const [workspace, drafts, recent, wins, setup] = await Promise.all([
    getWorkspaceForPage(),
    composes ? listDrafts(member.id) : [],
    listHistory({ rep: 'me' }, member.id, LISTED),
    listHistory(accepted, member.id, LISTED),
    member.role === 'admin' ? readSetup() : null,
  ])
  const aged = <T extends { createdAt: Date }>(rows: T[]) =>
    rows.map((row) => ({ ...row, age: ageOf(row.createdAt, now) }))

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title={`Hello, ${member.name.split(' ')[0]}`}
        description={`${workspace.name} · negotiation links for your buyers.`}
      />
      {composes && (
        <div>
          <Button asChild size="default">
            <Link href="/compose">
              <PlusIcon aria-hidden />
              New session
            </Link>
          </Button>
        </div>
      )}
      {setup && <SetupChecklist steps={setup} />}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        {composes && <HomeDrafts drafts={drafts} />}
        <SessionList
          id="recent"
          title="My recent links"
          empty="No links yet: the sessions you create appear here."
          rows={aged(recent.rows)}
          more={{ href: historyHref({ rep: 'me' }), label: 'All my sessions' }}
          show="status"
        />
        <SessionList
          id="wins"
          title="Accepted in the last 7 days"
          empty="No deal accepted this week yet."
          rows={aged(wins.rows)}
          more={{ href: historyHref(accepted), label: 'All accepted this week' }}
          show="agreed"
        />
      </div>
    </div>
  )
}

async function readSetup() {
  const [connection, team, pendingInvitations] = await Promise.all([
    resolveConnectionForPage(),
    listTeamMembers(),
    countPendingInvitations(),
  ])
  const steps = setupSteps({
    liveKey: connection.mode === 'live',
    defaultProjectId: Boolean(connection.defaults.projectId),
    teamSize: team.length,
    pendingInvitations,
  })
  return steps.every((step) => step.done) ? null : steps
}
