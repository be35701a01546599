import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { spawnInstance } from './instances'
import { expect, test } from './fixtures'
import { heldMail, mailTo } from './mail'
import { callServerAction } from './server-actions'

// Background work on PostgreSQL is kept by the job queue (pg-boss): an instance killed in the
// middle of a job (kill -9: no chance to clean up) leaves that job to another instance, which
// finishes it, once. The job here is an invitation email whose first delivery the suite's SMTP
// server holds unanswered (an address starting with "hold-once-"), so the instance is surely
// mid-job when it dies. Two instances of their own, on a job schema of their own, so that the
// suite's servers do not take the job first.

test.skip(e2eEnv.databaseUrl.startsWith('file:'), 'embedded SQLite runs jobs in-process')

type Instance = { process: ChildProcess; baseURL: string; lines: string[] }

async function startInstance(jobsSchema: string): Promise<Instance> {
  const { process: child, baseURL } = await spawnInstance({
    JOBS_SCHEMA: jobsSchema,
    SMTP_URL: `smtp://127.0.0.1:${e2eEnv.smtpPort}`,
    LOG_LEVEL: 'info',
  })
  const lines: string[] = []
  let rest = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n')
    rest = parts.pop() ?? ''
    lines.push(...parts)
  })
  child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')))
  return { process: child, baseURL, lines }
}

/** The id of the mail job an instance logged as started or finished, if it did. */
function mailJob(instance: Instance, message: 'job started' | 'job finished'): string | null {
  for (const line of instance.lines) {
    if (!line.startsWith('{')) continue
    const entry = JSON.parse(line) as { msg?: string; job?: string; jobId?: string }
    if (entry.msg === message && entry.job === 'mail-send' && entry.jobId) return entry.jobId
  }
  return null
}

test('an instance killed during a job leaves it to another, which finishes it exactly once', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const jobsSchema = `jobs_kill_${randomBytes(4).toString('hex')}`
  const instances = [await startInstance(jobsSchema), await startInstance(jobsSchema)]
  try {
    for (const instance of instances) {
      await expect
        .poll(
          async () =>
            (
              await page.request.get(`${instance.baseURL}/api/health/live`).catch(() => null)
            )?.status(),
          { timeout: 60_000 },
        )
        .toBe(200)
    }
    const email = `hold-once-${randomBytes(4).toString('hex')}@e2e.test`
    const answer = await callServerAction(page, {
      path: '/team',
      file: 'lib/team/actions/invite-member.ts',
      name: 'inviteMemberAction',
      input: { email, role: 'rep' },
      baseURL: instances[0]!.baseURL,
    })
    expect(answer).toContain('"emailed":true')

    // Whichever instance took the job is killed while the SMTP server holds its message.
    let jobId: string | null = null
    await expect
      .poll(() => (jobId = instances.map((i) => mailJob(i, 'job started')).find(Boolean) ?? null), {
        timeout: 30_000,
      })
      .not.toBeNull()
    const killed = instances.find((instance) => mailJob(instance, 'job started') === jobId)!
    const survivor = instances.find((instance) => instance !== killed)!
    // Killed only once its message is in the SMTP server's hands (a loaded machine may take a
    // while to get there): then the retry is surely the first delivery that completes.
    await expect
      .poll(async () => (await heldMail()).includes(email), { timeout: 30_000 })
      .toBe(true)
    killed.process.kill('SIGKILL')

    // The queue takes the job back after its expiry (30 s) and the survivor sends it.
    await expect
      .poll(() => mailJob(survivor, 'job finished'), { timeout: 120_000 })
      .toBe(jobId)
      .catch((error: Error) => {
        // What the survivor did instead is the first thing to know when this fails.
        error.message += `\n\nThe survivor's log:\n${survivor.lines.slice(-60).join('\n')}`
        throw error
      })
    await expect.poll(async () => (await mailTo(email, 'invited you')).length).toBe(1)
    const [job] = await queryRows<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM ${jobsSchema}.job WHERE id = $1`,
      [jobId],
    )
    expect(job).toEqual({ state: 'completed', retry_count: 1 })
    // Still one message a while later: nothing else delivers it again.
    await page.waitForTimeout(3_000)
    expect(await mailTo(email, 'invited you')).toHaveLength(1)
  } finally {
    for (const instance of instances) instance.process.kill('SIGKILL')
    await queryRows(`DROP SCHEMA IF EXISTS ${jobsSchema} CASCADE`).catch(() => undefined)
  }
})
