import { storageStateOf } from './auth'
import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, CREATED, createSession as create } from './sessions'

// Many creates at once, straight to the server action (as racing tabs, retries or instances would
// send them): exactly one session per idempotency key, on SQLite and on PostgreSQL, and on
// PostgreSQL across two app instances that share the database.

async function sessionsPerKey(buyerPrefix: string) {
  const rows = await queryRows<{ idempotencyKey: string; status: string; buyerName: string }>(
    `SELECT "idempotencyKey", status, "buyerName" FROM "SalesnipSession" WHERE "buyerName" LIKE $1`,
    [`${buyerPrefix}%`],
  )
  const sandbox = await queryRows<{ requestBody: string }>(
    `SELECT "requestBody" FROM "SandboxSession" WHERE "requestBody" LIKE $1`,
    [`%${buyerPrefix}%`],
  )
  return { rows, sandbox }
}

test.use({ storageState: storageStateOf('admin') })

test('50 concurrent creates with one key create one session', async ({ page }) => {
  const buyer = uniqueName('Same key')
  const input = await composeInput({ name: buyer })
  const answers = await Promise.all(Array.from({ length: 50 }, () => create(page, input)))
  const others = answers.filter((answer) => !answer.includes('"kind":"created"'))
  expect(others, others.slice(0, 2).join('\n')).toEqual([])
  const { rows, sandbox } = await sessionsPerKey(buyer)
  expect(rows).toHaveLength(1)
  expect(CREATED).toContain(rows[0]!.status)
  expect(sandbox).toHaveLength(1)
})

test('50 concurrent creates with 50 keys create 50 sessions, one per key', async ({
  page,
  browser,
}) => {
  // Two members share the work, as two reps' tabs would.
  const manager = await browser.newContext({ storageState: storageStateOf('manager') })
  const managerPage = await manager.newPage()
  const prefix = uniqueName('Distinct')
  const inputs = await Promise.all(
    Array.from({ length: 50 }, (_, i) => composeInput({ name: `${prefix} #${i}` })),
  )
  const answers = await Promise.all(
    inputs.map((input, i) => create(i % 2 ? managerPage : page, input)),
  )
  await manager.close()
  const others = answers.filter((answer) => !answer.includes('"kind":"created"'))
  expect(others, others.slice(0, 2).join('\n')).toEqual([])
  const { rows, sandbox } = await sessionsPerKey(prefix)
  expect(rows).toHaveLength(50)
  expect(new Set(rows.map((row) => row.idempotencyKey)).size).toBe(50)
  expect(sandbox).toHaveLength(50)
})

test('one key sent to two app instances at once creates one session', async ({ page }) => {
  test.skip(!e2eEnv.secondBaseURL, 'a second app instance runs only on PostgreSQL')
  const buyer = uniqueName('Two instances')
  const input = await composeInput({ name: buyer })
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      create(page, input, i % 2 ? e2eEnv.secondBaseURL! : e2eEnv.baseURL),
    ),
  )
  const others = answers.filter((answer) => !answer.includes('"kind":"created"'))
  expect(others, others.slice(0, 2).join('\n')).toEqual([])
  const { rows, sandbox } = await sessionsPerKey(buyer)
  expect(rows).toHaveLength(1)
  expect(sandbox).toHaveLength(1)
})
