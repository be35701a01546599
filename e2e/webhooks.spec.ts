import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { queryRows } from './db'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, createSession, sessionOf } from './sessions'

// A CRM's receiver on 127.0.0.1 verifies every webhook's signature. It fails the first three tries
// of one event: the console retries with backoff, and the delivery log ends with exactly one
// accepted delivery (four tries: 500, 500, 500, 200). A session's events carry their order.

type Received = {
  id: string
  type: string
  sessionId: string
  buyer: string
  sequence: number
  verified: boolean
}

function startReceiver(secret: () => string, failFirst: (event: Received) => boolean) {
  const received: Received[] = []
  const failures = new Map<string, number>()
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let verified = false
      try {
        new Webhook(secret().replace(/^whsec_/, '')).verify(
          body,
          request.headers as Record<string, string>,
        )
        verified = true
      } catch {
        verified = false
      }
      const payload = JSON.parse(body) as {
        type: string
        data: { sequence: number; session: { id: string; buyer: { name: string } } }
      }
      const event = {
        id: String(request.headers['webhook-id']),
        type: payload.type,
        sessionId: payload.data.session.id,
        buyer: payload.data.session.buyer.name,
        sequence: payload.data.sequence,
        verified,
      }
      received.push(event)
      const failed = failures.get(event.id) ?? 0
      if (verified && failFirst(event) && failed < 3) {
        failures.set(event.id, failed + 1)
        response.writeHead(500).end('receiver busy')
        return
      }
      response.writeHead(verified ? 200 : 401).end(verified ? 'ok' : 'bad signature')
    })
  })
  return new Promise<{ url: string; received: Received[]; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}/hooks`, received, close: () => server.close() })
    }),
  )
}

test('a receiver that fails 3 times then succeeds gets one verified delivery; events are signed and ordered', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  let secret = ''
  const name = uniqueName('Hook buyer')
  // Told apart by the buyer's name: the first delivery may come before the create's answer.
  const receiver = await startReceiver(
    () => secret,
    (event) => event.buyer === name && event.type === 'session.created',
  )
  try {
    await page.goto('/settings')
    const card = page.getByRole('region', { name: 'Webhooks' })
    await card.getByLabel('Endpoint URL').fill(receiver.url)
    await card.getByLabel('Description').fill(uniqueName('CRM receiver'))
    await card.getByRole('checkbox', { name: 'session.created' }).check()
    await card.getByRole('button', { name: 'Add endpoint' }).click()
    secret = await page
      .getByRole('dialog', { name: 'Endpoint added' })
      .getByLabel('Signing secret')
      .inputValue()
    expect(secret).toMatch(/^whsec_/)
    await page.keyboard.press('Escape')

    await createSession(page, await composeInput({ name }, { callbacks: true }))
    const session = await sessionOf(name)
    const mine = session.id
    // The cancel: a second event of the same session.
    const buyer = await browser.newContext({ storageState: { cookies: [], origins: [] } })
    const chat = await buyer.newPage()
    await chat.goto(session.url)
    await chat.getByRole('button', { name: 'Cancel' }).click()
    await expect(chat.getByRole('heading', { name: 'The buyer cancelled' })).toBeVisible()
    await buyer.close()

    const ofMine = () => receiver.received.filter((event) => event.sessionId === mine)
    await expect
      .poll(() => ofMine().filter((event) => event.type === 'session.created').length, {
        timeout: 60_000,
      })
      .toBe(4)
    await expect.poll(() => ofMine().some((event) => event.type === 'session.cancelled')).toBe(true)
    expect(ofMine().every((event) => event.verified)).toBe(true)
    const created = ofMine().filter((event) => event.type === 'session.created')
    expect(new Set(created.map((event) => event.id)).size).toBe(1) // one event id to de-duplicate on
    expect(created[0]!.sequence).toBe(1)
    expect(ofMine().find((event) => event.type === 'session.cancelled')!.sequence).toBe(2)

    // The receiver has its answer before the app has recorded it: the log is read until it has.
    const deliveries = () =>
      queryRows<{ status: string; attempts: number; type: string }>(
        `SELECT d.status, d.attempts, e.type FROM "WebhookDelivery" d JOIN "WebhookEvent" e ON e.id = d."eventId"
       WHERE e."sessionId" = $1 ORDER BY e.sequence`,
        [mine],
      )
    await expect.poll(deliveries).toEqual([
      { status: 'delivered', attempts: 4, type: 'session.created' },
      { status: 'delivered', attempts: 1, type: 'session.cancelled' },
    ])

    // The delivery log shows the four tries of the created event, and resends.
    await page.goto('/settings')
    await page.getByRole('link', { name: receiver.url }).click()
    const log = page.getByRole('list', { name: 'Deliveries' })
    const entry = log
      .getByRole('listitem')
      .filter({ hasText: 'session.created' })
      .filter({ hasText: created[0]!.id })
    await expect(entry.getByText('Delivered')).toBeVisible()
    await expect(entry.getByRole('row')).toHaveCount(5) // a header and four tries
    await expect(entry.getByRole('row').nth(1)).toContainText('200')
    await entry.getByRole('button', { name: 'Resend' }).click()
    await expect(page.getByText('Sent again: a new delivery is on its way.')).toBeVisible()
    await expect
      .poll(() => ofMine().filter((event) => event.type === 'session.created').length)
      .toBe(5)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Remove' }).click()
    await expect(page).toHaveURL(/\/settings$/)
    await expect(page.getByRole('link', { name: receiver.url })).toHaveCount(0)
  } finally {
    receiver.close()
  }
})

test('an unreadable endpoint address gets a message on its field, and nothing is added', async ({
  page,
}) => {
  await page.goto('/settings')
  const card = page.getByRole('region', { name: 'Webhooks' })
  await card.getByLabel('Endpoint URL').fill('not an address')
  await card.getByRole('button', { name: 'Add endpoint' }).click()
  await expect(
    card.getByText('Enter the address, like https://crm.example.com/hooks.'),
  ).toBeVisible()
  await expect(card.getByLabel('Endpoint URL')).toHaveAttribute('aria-invalid', 'true')
  expect(await queryRows(`SELECT 1 FROM "WebhookEndpoint" WHERE url = 'not an address'`)).toEqual(
    [],
  )
})
