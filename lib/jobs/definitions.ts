// The console's background work, described once and run by whichever queue the database allows
// (pg-boss on PostgreSQL, in-process on embedded SQLite: ./queue.ts). What each job does lives in
// its domain; this file only says how it is scheduled, retried and bounded.

import { env } from '@/lib/env'

export type JobName =
  | 'outcomes-read-round'
  | 'sessions-settle-abandoned'
  | 'event-emails'
  | 'mail-send'
  | 'webhook-deliver'

export type JobDefinition = {
  /** Sent once a minute (every instance registers the schedule; the queue sends one job a tick). */
  everyMinute?: true
  /** Retries after a failure, spaced by retryDelaySeconds doubling each time (retryBackoff). */
  retryLimit: number
  retryDelaySeconds: number
  /** How long a job may run; past it the queue takes it back (its instance died) and retries it. */
  expireInSeconds: number
  /** 'stately': never two of this job running at once across instances, at most one waiting. */
  policy: 'standard' | 'stately'
}

export const JOBS: Record<JobName, JobDefinition> = {
  // One read-back round a minute within SALESNIP_READS_PER_MINUTE (lib/outcomes/background-refresh).
  // A failed round is not retried: the next minute's round reads what is still due.
  'outcomes-read-round': {
    everyMinute: true,
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 120,
    policy: 'stately',
  },
  // Creates whose server stopped mid-call become "unknown outcome" (lib/sessions/settle-abandoned).
  'sessions-settle-abandoned': {
    everyMinute: true,
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 60,
    policy: 'stately',
  },
  // An event's emails: one mail-send job per member who gets it (lib/activity/notify).
  'event-emails': { retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 30, policy: 'standard' },
  // One webhook to one endpoint (lib/activity/webhook-delivery): 13 retries, the nth after
  // WEBHOOK_RETRY_SECONDS × 2ⁿ⁻¹ to 2ⁿ (jitter), so for 23 to 45 hours with the default 10 s.
  'webhook-deliver': {
    retryLimit: 13,
    retryDelaySeconds: env.WEBHOOK_RETRY_SECONDS,
    expireInSeconds: 30,
    policy: 'standard',
  },
  // One email, retried while SMTP refuses it: 12 retries, the nth after 10 s × 2ⁿ⁻¹ to 2ⁿ (pg-boss
  // adds jitter), so for 11 to 23 hours.
  'mail-send': { retryLimit: 12, retryDelaySeconds: 10, expireInSeconds: 30, policy: 'standard' },
}
