import 'server-only'
import PgBoss from 'pg-boss'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { JOBS, type JobName } from './definitions'
import { runJob } from './handlers'

// pg-boss (https://github.com/timgit/pg-boss): jobs as rows in PostgreSQL, fetched with SKIP LOCKED,
// so any number of instances share them and a job runs once at a time. Chosen over graphile-worker
// because its queues carry the retry, backoff, expiry and "one at a time" policies these jobs need
// as settings, and because it runs on Node 20 (graphile-worker 0.18 needs Node 22).

/** How often one instance (whichever takes the turn) takes back jobs whose instance died. */
const MAINTENANCE_SECONDS = 15

// Kept on globalThis: Next bundles instrumentation and routes apart, and both need the same queue.
const globalForQueue = globalThis as unknown as { sessionStudioBoss?: Promise<PgBoss> }

function queue(): Promise<PgBoss> {
  globalForQueue.sessionStudioBoss ??= open().catch((error: unknown) => {
    globalForQueue.sessionStudioBoss = undefined // the next call tries again
    throw error
  })
  return globalForQueue.sessionStudioBoss
}

async function open(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: env.JOBS_SCHEMA,
    max: 4,
    application_name: 'session-studio-jobs',
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
  })
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'))
  await boss.start()
  for (const [name, job] of Object.entries(JOBS)) {
    const options = {
      name,
      policy: job.policy,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: job.retryDelaySeconds > 0,
      expireInSeconds: job.expireInSeconds,
    }
    await boss.createQueue(name, options) // does nothing when it exists…
    await boss.updateQueue(name, options) // …so its settings are brought up to date here
  }
  return boss
}

export async function send(name: JobName, data: object): Promise<void> {
  await (await queue()).send(name, data)
}

let started = false
const working = new Set<JobName>()

/** Starts this instance's workers. A queue that cannot start (the database is down, or busy with
 * another instance's first start) is tried again every 5 s in the background, never given up on: an
 * instance that silently ran no jobs would leave its share to the others, or to nobody. */
export async function start(): Promise<void> {
  if (started) return
  started = true
  await startOrRetry(1)
}

async function startOrRetry(attempt: number): Promise<void> {
  try {
    await startWorkers()
    log.info({ schema: env.JOBS_SCHEMA, attempt }, 'jobs started')
  } catch (error) {
    // The server does not wait for the retries; its readiness check reports the database.
    log.error({ err: error, attempt }, 'jobs did not start; trying again in 5 s')
    setTimeout(() => void startOrRetry(attempt + 1), 5_000).unref()
  }
}

let stopsOnSigterm = false

async function startWorkers(): Promise<void> {
  const boss = await queue()
  if (!stopsOnSigterm) {
    stopsOnSigterm = true
    // A deploy's SIGTERM: stop fetching, let running jobs end (the server waits for its requests).
    process.once('SIGTERM', () => {
      boss.stop({ graceful: true, timeout: 20_000 }).catch(() => undefined)
    })
  }
  for (const [name, job] of Object.entries(JOBS) as [JobName, (typeof JOBS)[JobName]][]) {
    if (!working.has(name)) {
      await boss.work(
        name,
        // Emails should leave within seconds; the minute's rounds need no hurry.
        { batchSize: 1, pollingIntervalSeconds: job.everyMinute ? 10 : 2 },
        async ([found]) => {
          if (!found) return
          const started = Date.now()
          log.info({ job: name, jobId: found.id }, 'job started')
          await runJob(name, found.data)
          log.info({ job: name, jobId: found.id, ms: Date.now() - started }, 'job finished')
        },
      )
      working.add(name) // never a second worker for it, whatever fails next
    }
    // Sent again on a retry: a schedule is kept by name, so this only sets it once more.
    if (job.everyMinute) await boss.schedule(name, '* * * * *')
  }
}
