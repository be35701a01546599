import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { readFeedPreferences } from '@/lib/activity/data'
import { LiveFeed } from './live-feed'
import { EmailSwitch, FollowTeamSwitch } from './preference-switches'
import { mailConfigured } from '@/lib/mail/send'

export const metadata: Metadata = { title: 'Activity' }

export default async function ActivityPage() {
  const member = await requireMember('activity.read')
  // The events come from the layout's feed (ActivityProvider); here only the member's choices.
  const feed = await readFeedPreferences(member)
  const mayFollowTeam = can(member.role, 'activity.followTeam')
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Activity"
        description={
          feed.followTeam
            ? "What happened to the team's sessions: opened, accepted, cancelled, expired. New events appear here as they happen."
            : 'What happened to your sessions: opened, accepted, cancelled, expired. New events appear here as they happen.'
        }
      />
      <div className="grid gap-2">
        {mayFollowTeam && <FollowTeamSwitch followTeam={feed.followTeam} />}
        <EmailSwitch on={feed.emailNotifications} mailReady={mailConfigured()} />
      </div>
      <LiveFeed />
    </div>
  )
}
