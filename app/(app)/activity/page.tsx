import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { readFeed, readFeedPreferences } from '@/lib/activity/data'
import { LiveFeed } from './live-feed'
import { EmailSwitch, FollowTeamSwitch } from './preference-switches'
import { mailConfigured } from '@/lib/mail/send'

export const metadata: Metadata = { title: 'Activity' }

export default async function ActivityPage() {
  const member = await requireMember('activity.read')
  // The member's choices, and the feed as it stands for the first paint: then the console's own
  // poller (ActivityProvider) keeps it live.
  const [feed, initialFeed] = await Promise.all([readFeedPreferences(member), readFeed(member, 30)])
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
      <LiveFeed initial={initialFeed} />
    </div>
  )
}
