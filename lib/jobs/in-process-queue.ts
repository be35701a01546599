import 'server-only'
import { log } from '@/lib/log'
import { JOBS, type JobName } from './definitions'
import { runJob } from './handlers'

// Embedded SQLite: one instance, so the jobs run in it, with the same retries and the same "one at
// a time" for the minute's rounds. What is in flight here is lost if the process dies; the rounds
// pick up where they were on the next start (their state is in the database), an email may not.

const running = new Set<JobName>()

export async function send(name: JobName, data: object): Promise<void> {
  void attempt(name, data, 0)
}

async function attempt(name: JobName, data: object, retry: number): Promise<void> {
  const job = JOBS[name]
  const alone = job.policy === 'stately'
  if (alone && running.has(name)) return // the one running does the work
  if (alone) running.add(name)
  try {
    await runJob(name, data)
  } catch (error) {
    log.error({ err: error, job: name, retry }, 'job failed')
    if (retry < job.retryLimit) {
      const delayMs = job.retryDelaySeconds * 1000 * 2 ** retry
      setTimeout(() => void attempt(name, data, retry + 1), delayMs).unref()
    }
  } finally {
    if (alone) running.delete(name)
  }
}

let started = false

export async function start(): Promise<void> {
  if (started) return
  started = true
  for (const name of Object.keys(JOBS) as JobName[]) {
    if (!JOBS[name].everyMinute) continue
    setInterval(() => void attempt(name, {}, 0), 60_000).unref()
  }
}
