import 'server-only'
import { databaseKind } from '@/lib/env'
import type { JobName } from './definitions'
import type { JobData } from './handlers'

// The one door to background work. On PostgreSQL jobs are kept in the database by pg-boss: they
// survive restarts, are retried with backoff, and a job is never run by two instances at once (an
// instance that dies mid-job loses it to another after the job's expiry). On embedded SQLite (one
// instance by nature) the same jobs run in this process.

/** Queues a job; resolves once it is stored (PostgreSQL) or handed to this process (SQLite). */
export async function enqueue<Name extends JobName>(
  name: Name,
  data: JobData[Name],
): Promise<void> {
  const queue =
    databaseKind === 'postgres'
      ? await import('./pg-boss-queue')
      : await import('./in-process-queue')
  await queue.send(name, data)
}

/** Starts this instance's workers and the once-a-minute schedules (instrumentation.ts). */
export async function startJobs(): Promise<void> {
  const queue =
    databaseKind === 'postgres'
      ? await import('./pg-boss-queue')
      : await import('./in-process-queue')
  await queue.start()
}
