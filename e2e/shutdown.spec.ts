import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { spawnInstance } from './instances'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, createSession } from './sessions'

// An instance told to stop (SIGTERM, as a deploy or an autoscaler does) while a create waits on a
// slow SaleSnip finishes that create first: the attempt is recorded, nothing is left pending.

test('SIGTERM during a slow create lets it finish, then the instance exits', async ({ page }) => {
  const { process: instance, baseURL } = await spawnInstance({
    // SaleSnip is the suite's own server's sandbox: the call in flight does not depend on the
    // instance being stopped.
    SALESNIP_API_KEY: 'sandbox_shutdown_test',
    SALESNIP_BASE_URL: `${e2eEnv.baseURL}/api/salesnip-sandbox`,
  })
  const exited = new Promise<number | null>((resolve) => instance.on('exit', resolve))
  await expect
    .poll(
      async () =>
        (await page.request.get(`${baseURL}/api/health/live`).catch(() => null))?.status(),
      {
        timeout: 30_000,
      },
    )
    .toBe(200)

  const buyer = uniqueName('Shutdown buyer')
  // The sandbox answers this one after 2 s.
  const input = await composeInput(
    { name: buyer },
    { metadata: [{ key: 'sandbox_fault', value: 'slow' }] },
  )
  const answer = createSession(page, input, baseURL)
  await expect
    .poll(
      async () =>
        (await queryRows(`SELECT 1 FROM "SalesnipSession" WHERE "buyerName" = $1`, [buyer])).length,
    )
    .toBe(1) // the create is under way
  instance.kill('SIGTERM')

  expect(await answer).toContain('"kind":"created"')
  expect(await exited).toBe(0)
  const [row] = await queryRows<{ status: string }>(
    `SELECT status FROM "SalesnipSession" WHERE "buyerName" = $1`,
    [buyer],
  )
  expect(row?.status).toBe('created')
  const pending = await queryRows(
    `SELECT 1 FROM "SalesnipAttempt" a JOIN "SalesnipSession" s ON s.id = a."sessionId"
     WHERE s."buyerName" = $1 AND a.outcome = 'pending'`,
    [buyer],
  )
  expect(pending).toEqual([])
})
