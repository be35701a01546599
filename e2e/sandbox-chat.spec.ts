import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { expect, expectAccessible, test, uniqueName } from './fixtures'

const API = '/api/salesnip-sandbox/v1/sessions'
const headers = { 'X-Api-Key': 'sandbox_e2e', 'Content-Type': 'application/json' }

function sessionBody(buyer: string) {
  return {
    projectId: 'project_e2e',
    currency: 'USD',
    callbacks: {
      success: `${e2eEnv.baseURL}/sandbox/return?outcome=success&session={SESSION_ID}`,
      cancel: `${e2eEnv.baseURL}/sandbox/return?outcome=cancel&session={SESSION_ID}`,
    },
    products: [
      {
        id: 'pro-annual',
        name: 'Pro plan',
        price: { initial: 100, minimum: 80 },
        quantity: { initial: 1, maximum: 10, minimum: 1 },
        upsellProduct: {
          id: 'priority-support',
          name: 'Priority support',
          price: { initial: 20, minimum: 15 },
        },
      },
    ],
    metadata: { buyer },
  }
}

test('a buyer negotiates a sandbox session to COMPLETE and lands on the success callback', async ({
  page,
  browser,
}) => {
  const bodyText = JSON.stringify(sessionBody(uniqueName('Buyer')))
  const created = await page.request.post(API, { headers, data: bodyText })
  expect(created.status()).toBe(201)
  const { id, url } = (await created.json()) as { id: string; url: string }
  expect(id).toMatch(/^session_/)
  const [stored] = await queryRows<{ requestBody: string }>(
    `SELECT "requestBody" FROM "SandboxSession" WHERE id = $1`,
    [id],
  )
  expect(stored?.requestBody).toBe(bodyText) // the exact bytes received

  // The buyer is nobody the app knows: a fresh browser with no cookies.
  const buyer = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const chat = await buyer.newPage()
  await chat.goto(url)
  await expectAccessible(chat)
  const log = chat.getByRole('log', { name: 'Conversation' })

  await chat.getByLabel('Your price for Pro plan (USD)').fill('50')
  await chat.getByRole('button', { name: 'Offer for Pro plan' }).click()
  await expect(log).toContainText("I can't go that low for Pro plan")
  await expect(log).not.toContainText('80 USD') // the floor is never named

  // Between the floor and the seller's counter: a deal at the buyer's price.
  await chat.getByLabel('Your price for Pro plan (USD)').fill('81')
  await chat.getByLabel('Quantity of Pro plan').fill('3')
  await chat.getByRole('button', { name: 'Offer for Pro plan' }).click()
  await expect(log).toContainText('Deal: Pro plan at 81 USD × 3.')
  // A running total of what the buyer takes.
  await expect(chat.getByText('Your total: $243.00')).toBeVisible()
  await chat.getByRole('button', { name: 'Add Priority support' }).click()
  await expect(chat.getByRole('button', { name: 'Remove Priority support' })).toBeVisible()
  await expect(chat.getByText('Your total: $263.00')).toBeVisible()
  await expectAccessible(chat)

  await chat.getByRole('button', { name: 'Accept the deal' }).click()
  await expect(chat).toHaveURL(`${e2eEnv.baseURL}/sandbox/return?outcome=success&session=${id}`)
  await expect(chat.getByRole('heading', { name: 'The buyer accepted' })).toBeVisible()
  // Back on the chat, the finished state says what was agreed.
  await chat.goto(url)
  await expect(chat.getByRole('heading', { name: 'You accepted the deal: $263.00' })).toBeVisible()
  await expect(chat.getByRole('region', { name: /You accepted/ })).toContainText('Pro plan')
  await buyer.close()

  const readBack = await page.request.get(`${API}/${id}`, { headers })
  expect(readBack.status()).toBe(200)
  expect(await readBack.json()).toMatchObject({
    id,
    status: 'COMPLETE',
    currency: 'USD',
    products: [
      {
        id: 'pro-annual',
        price: { current: 81, initial: 100, minimum: 80 },
        quantity: { current: 3 },
      },
      { id: 'priority-support', price: { current: 20, initial: 20, minimum: 15 } },
    ],
  })
})

test('the sandbox API checks the key and the body like SaleSnip', async ({ page }) => {
  const body = sessionBody('x')
  expect(
    (
      await page.request.post(API, { headers: { 'Content-Type': 'application/json' }, data: body })
    ).status(),
  ).toBe(401)
  const bad = { ...body, products: [{ ...body.products[0], price: { initial: 10, minimum: 20 } }] }
  const rejected = await page.request.post(API, { headers, data: bad })
  expect(rejected.status()).toBe(400)
  expect(await rejected.json()).toMatchObject({
    issues: [
      {
        path: 'products.0.price.minimum',
        message: 'The floor price cannot be above the opening price.',
      },
    ],
  })
  expect((await page.request.get(`${API}/session_missing`, { headers })).status()).toBe(404)
})

test('the buyer page carries no floor and no seller metadata; an oversized body is refused', async ({
  page,
  browser,
}) => {
  const buyer = uniqueName('Secret buyer')
  const body = { ...sessionBody(buyer), metadata: { buyer, deal_reference: 'DEAL-SECRET-42' } }
  const created = await page.request.post(API, { headers, data: body })
  const { url } = (await created.json()) as { url: string }
  const buyerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const source = await (await buyerContext.request.get(url)).text()
  await buyerContext.close()
  expect(source).toContain('Pro plan')
  expect(source).not.toContain('DEAL-SECRET-42')
  expect(source).not.toContain(buyer)
  // The floors (80.00 and 15.00 USD: 8000 and 1500 minor units), in the page or its RSC payload.
  expect(source).not.toMatch(/minimum\\?"\s*:\s*(8000|1500|80|15)\b/)

  const huge = JSON.stringify({ ...body, metadata: { filler: 'x'.repeat(2_000_000) } })
  const refused = await page.request.post(API, { headers, data: huge })
  expect(refused.status()).toBe(413)
})
