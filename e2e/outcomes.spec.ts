import { storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, createSession, sessionOf } from './sessions'
import { mailTo } from './mail'

// How each negotiation ends, learned by the console itself: the buyer's short link counts opens,
// SaleSnip's callbacks come back through the console (an accept confirmed by reading the session
// back, a cancel recorded at once), and the rep's feed shows each without a reload.

test.use({ storageState: storageStateOf('rep') })
// One after another: each test reads the rep's unread count, and another test opening the Activity
// page at the same time marks the rep's feed read (a flake seen when they ran side by side).
test.describe.configure({ mode: 'default' })

async function stored(id: string) {
  const [row] = await queryRows<{
    status: string
    shortUrl: string
    requestBody: string
    openCount: number
    cancelUrl: string
  }>(
    `SELECT s.status, s."shortUrl", p."requestBody", s."openCount", s."cancelUrl"
     FROM "SalesnipSession" s LEFT JOIN "SalesnipSessionPayload" p ON p."sessionId" = s.id
     WHERE s.id = $1`,
    [id],
  )
  return row!
}

test('a buyer opens the link and accepts: the rep sees both live, and the session reads accepted with its price', async ({
  page,
  browser,
}) => {
  const company = uniqueName('Loopco')
  const name = uniqueName('Loop buyer')
  await createSession(page, await composeInput({ name, company }, { callbacks: true }))
  const session = await sessionOf(name)
  const row = await stored(session.id)
  // The callbacks SaleSnip received are the console's relay, as the preview showed them.
  expect(JSON.parse(row.requestBody).callbacks).toEqual({
    success: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/r\/success\/\{SESSION_ID\}$/),
    cancel: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/r\/cancel\/\{SESSION_ID\}$/),
  })
  expect(row.shortUrl).toMatch(/\/l\/[\w-]{12}$/)

  // The rep is elsewhere in the console; the badge and the feed update by themselves.
  await page.goto('/history')
  const bell = page.getByRole('link', { name: /^Activity, / })
  await expect(bell).toBeVisible()

  const buyerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const chat = await buyerContext.newPage()
  await chat.goto(row.shortUrl)
  await expect(chat).toHaveURL(session.url) // SaleSnip's chat, fragment and all
  await expect.poll(async () => (await stored(session.id)).status).toBe('opened')
  expect((await stored(session.id)).openCount).toBe(1)
  // Within 2 s of the open, without a reload (the console polls its feed every second).
  await expect(bell).toHaveAccessibleName(/^Activity, \d+ unread$/, { timeout: 2_000 })

  await page.getByRole('link', { name: /^Activity, / }).click()
  const feed = page.getByRole('list', { name: 'Activity' })
  await expect(feed).toContainText(`${company} opened the link`)

  await chat.getByRole('button', { name: 'Accept the deal' }).click()
  // Recorded on the way, then sent on to the rep's own success address.
  await expect(chat.getByRole('heading', { name: 'The buyer accepted' })).toBeVisible()
  await expect(feed).toContainText(`${company} accepted Starter (monthly) at $`, { timeout: 2_000 })
  await buyerContext.close()
  expect((await stored(session.id)).status).toBe('complete')
  // An email reached the SMTP server the suite runs, addressed to the rep.
  await expect
    .poll(async () => (await mailTo('rep@northwind.test', `${company} accepted`)).length)
    .toBe(1)
  const [mail] = await mailTo('rep@northwind.test', `${company} accepted`)
  expect(mail!.subject).toMatch(/accepted Starter \(monthly\) at \$[\d,.]+/)
  expect(mail!.text).toContain('because you created the session')

  await feed.getByRole('link', { name: new RegExp(`${company} accepted`) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
  await expect(page.getByText('Accepted', { exact: true }).first()).toBeVisible()
  await expect(page.getByText(/^Once, first on /)).toBeVisible()
})

test('a buyer who cancels reads "cancelled"; a forged or unknown callback records nothing and never leaves the stored address', async ({
  page,
  browser,
}) => {
  const company = uniqueName('Nodeal')
  const name = uniqueName('Cancel buyer')
  await createSession(page, await composeInput({ name, company }, { callbacks: true }))
  const session = await sessionOf(name)
  const row = await stored(session.id)

  const buyerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const chat = await buyerContext.newPage()
  await chat.goto(session.url)
  await chat.getByRole('button', { name: 'Cancel' }).click()
  // Recorded, then sent on to the rep's own cancel address.
  await expect(chat.getByRole('heading', { name: 'The buyer cancelled' })).toBeVisible()
  await buyerContext.close()
  expect((await stored(session.id)).status).toBe('cancelled')

  await page.goto(`/history/${session.id}`)
  await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible()
  await expect(page.getByText(/SaleSnip itself does not report cancellations/)).toBeVisible()
  await page.goto('/activity')
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(`${company} cancelled`)
  await expect
    .poll(async () => (await mailTo('rep@northwind.test', `${company} cancelled`)).length)
    .toBe(1)

  const eventsBefore = await queryRows<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "ActivityEvent" WHERE "sessionId" = $1`,
    [session.id],
  )
  // An id SaleSnip never issued: a plain page, nothing recorded, no redirect.
  const forged = await page.request.get('/r/success/session_forged123', { maxRedirects: 0 })
  expect(forged.status()).toBe(404)
  expect(await forged.text()).toContain('does not name a session')
  // A real id with an address of the attacker's: the redirect goes only where the session says.
  const { salesnipId } = (
    await queryRows<{ salesnipId: string }>(
      `SELECT "salesnipId" FROM "SalesnipSession" WHERE id = $1`,
      [session.id],
    )
  )[0]!
  const relayed = await page.request.get(
    `/r/cancel/${salesnipId}?next=https://evil.example&to=https://evil.example`,
    { maxRedirects: 0 },
  )
  expect(relayed.status()).toBe(303)
  expect(relayed.headers()['location']).toBe(row.cancelUrl.replace('{SESSION_ID}', salesnipId))
  const eventsAfter = await queryRows<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "ActivityEvent" WHERE "sessionId" = $1`,
    [session.id],
  )
  expect(Number(eventsAfter[0]!.n)).toBe(Number(eventsBefore[0]!.n))
})

test('a failing read-back (500, 429, garbage) is shown plainly and changes nothing; the page never waits on it for long', async ({
  page,
}) => {
  for (const [fault, message] of [
    ['500', 'SaleSnip had an error on its side.'],
    ['429', 'SaleSnip is limiting requests right now.'],
    ['garbage', 'SaleSnip answered with something unexpected.'],
  ] as const) {
    const name = uniqueName(`Read fault ${fault}`)
    await createSession(
      page,
      await composeInput({ name }, { metadata: [{ key: 'sandbox_read_fault', value: fault }] }),
    )
    const session = await sessionOf(name)
    await page.goto(`/history/${session.id}`)
    // React streams the read card in as a hidden copy that then takes the fallback's place: for a
    // moment the text is in the page twice, once hidden. The one a user sees is the visible one.
    await expect(
      page.getByText(`Reading it again failed: ${message}`).filter({ visible: true }),
    ).toBeVisible()
    await expect(page.getByText('Sent', { exact: true }).first()).toBeVisible()
    expect((await stored(session.id)).status).toBe('created')
  }
})
