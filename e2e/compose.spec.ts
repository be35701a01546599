import type { Page } from '@playwright/test'
import { storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'
import { composeInput, CREATED, createSession } from './sessions'

// A rep composes a session from the seeded catalogue, sees the exact request, and creates it once.

type StoredSession = {
  id: string
  status: string
  salesnipId: string | null
  url: string | null
  shortUrl: string | null
  requestBody: string
  errorCode: string | null
  overrides: string
  templateVersions: string
}

async function storedSessions(buyer: string): Promise<StoredSession[]> {
  return queryRows<StoredSession>(
    `SELECT s.id, s.status, s."salesnipId", s.url, s."shortUrl", p."requestBody", s."errorCode",
            s.overrides, p."templateVersions"
     FROM "SalesnipSession" s LEFT JOIN "SalesnipSessionPayload" p ON p."sessionId" = s.id
     WHERE s."buyerName" = $1`,
    [buyer],
  )
}

async function attemptsOf(sessionId: string) {
  return queryRows<{ outcome: string; message: string }>(
    `SELECT outcome, message FROM "SalesnipAttempt" WHERE "sessionId" = $1 ORDER BY "startedAt"`,
    [sessionId],
  )
}

async function sandboxSessionsFor(buyer: string) {
  return queryRows<{ id: string; requestBody: string }>(
    `SELECT id, "requestBody" FROM "SandboxSession" WHERE "requestBody" LIKE $1`,
    [`%${JSON.stringify(buyer).slice(1, -1)}%`],
  )
}

async function startComposing(page: Page, buyer: string) {
  await page.goto('/compose')
  await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible()
  await page.getByLabel('Buyer name').fill(buyer)
  await page.getByLabel('Buyer email').fill('buyer@example.com')
  await page.getByLabel('Company').fill(`${buyer} Ltd`)
  await page.getByLabel('Deal reference').fill('CRM-4711')
  await openSessionSettings(page)
  await page.getByLabel('SaleSnip project id').fill('project_e2e')
}

const settingsToggle = (page: Page) => page.getByRole('button', { name: /^Session settings/ })

async function openSessionSettings(page: Page) {
  const toggle = settingsToggle(page)
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
}

async function pick(page: Page, picker: 'Add a product' | 'Add a cross-sell', name: string) {
  const combobox = page.getByRole('combobox', { name: picker })
  await combobox.fill(name)
  await page
    .getByRole('listbox', { name: picker })
    .getByRole('option', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })
    .click()
}

const product = (page: Page, index: number, name: string) =>
  page.getByRole('group', { name: `Product ${index}: ${name}` })

test.describe('as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('composes 3 products with an upsell and 2 cross-sells; what is previewed is what is sent and stored', async ({
    page,
    browser,
  }) => {
    const buyer = uniqueName('Buyer')
    await startComposing(page, buyer)
    await expectAccessible(page)
    await pick(page, 'Add a product', 'Starter (monthly)')
    await pick(page, 'Add a product', 'Pro (monthly)')
    await pick(page, 'Add a product', 'SSO / SAML')

    // Pro (monthly) brings its upsell, switched on; the picks bring their suggested cross-sells.
    await expect(
      product(page, 2, 'Pro (monthly)').getByRole('switch', {
        name: /Offer the upsell Priority support \(monthly\)/,
      }),
    ).toBeChecked()
    await expect(page.getByRole('group', { name: /^Cross-sell \d/ })).toHaveCount(2)
    await expect(page.getByRole('group', { name: 'Cross-sell 1: Extra seats' })).toBeVisible()
    await expect(
      page.getByRole('group', { name: 'Cross-sell 2: Onboarding workshop' }),
    ).toBeVisible()
    const summary = page.getByRole('complementary', { name: 'Summary and preview' })
    await expect(summary).toContainText('Products3/50')
    await expect(summary).toContainText('Cross-sells2/10')
    // 29 + 99 + 150 at one each.
    await expect(summary).toContainText('$278.00')

    await product(page, 2, 'Pro (monthly)').getByLabel('Opening price (USD)').fill('95')
    await expect(summary).toContainText('$274.00')
    await page.getByRole('button', { name: 'Raw' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Ready to send' })).toBeVisible()
    const raw = await page.getByLabel('Request body, raw').inputValue()
    const sent = JSON.parse(raw)
    expect(sent.products.map((p: { id: string }) => p.id)).toEqual([
      'starter-monthly',
      'pro-monthly',
      'sso-saml',
    ])
    expect(sent.products[1].price).toEqual({ initial: 95, minimum: 79 })
    expect(sent.products[1].upsellProduct.id).toBe('support-priority-monthly')
    expect(sent.crossSellProducts.map((p: { id: string }) => p.id)).toEqual([
      'seats-extra',
      'onboarding-workshop',
    ])
    expect(sent.metadata).toMatchObject({ buyer_name: buyer, deal_reference: 'CRM-4711' })

    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    await expectAccessible(page)
    const link = await page.getByLabel('Link for the buyer').inputValue()
    await expect(page.getByRole('img', { name: `QR code of ${link}` })).toBeVisible()
    await expect(page.getByLabel('Message for the buyer')).toHaveValue(new RegExp(link))

    const [stored] = await storedSessions(buyer)
    // The link to send is the console's short link (it counts opens), which leads to SaleSnip's.
    expect(stored).toMatchObject({ shortUrl: link, requestBody: raw })
    expect(link).toMatch(/\/l\/[\w-]{12}$/)
    expect(CREATED).toContain(stored!.status)
    expect(JSON.parse(stored!.templateVersions)).toHaveLength(6) // 3 products, 1 upsell, 2 cross-sells
    const [received] = await queryRows<{ requestBody: string }>(
      `SELECT "requestBody" FROM "SandboxSession" WHERE id = $1`,
      [stored!.salesnipId],
    )
    expect(received?.requestBody).toBe(raw) // byte for byte
    expect(await attemptsOf(stored!.id)).toEqual([{ outcome: 'created', message: '' }])

    // The link opens the buyer's chat.
    const buyerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } })
    const chat = await buyerContext.newPage()
    await chat.goto(link)
    await expect(chat).toHaveURL(stored!.url!)
    await expect(chat.getByLabel('Your price for Pro (monthly) (USD)')).toBeVisible()
    await buyerContext.close()

    // Duplicate for another buyer: same products, no buyer, a new composition.
    await page.getByRole('button', { name: 'Duplicate for another buyer' }).click()
    await expect(page.getByLabel('Buyer name')).toHaveValue('')
    await expect(product(page, 2, 'Pro (monthly)').getByLabel('Opening price (USD)')).toHaveValue(
      '95',
    )
  })

  test('a floor below the template’s is refused, in the form and by the action itself', async ({
    page,
  }) => {
    const buyer = uniqueName('Floor')
    await startComposing(page, buyer)
    await pick(page, 'Add a product', 'Pro (monthly)')
    const floor = product(page, 1, 'Pro (monthly)').getByLabel('Floor (USD)')
    await floor.fill('70')
    await floor.blur()
    await expect(floor).toHaveAccessibleDescription(
      /The floor cannot go below the template’s floor of \$79\.00\./,
    )
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.locator('form').getByRole('alert').first()).toBeVisible()
    await expect(floor).toBeFocused()
    expect(await storedSessions(buyer)).toEqual([])

    // Straight to the server action, past the form: refused the same way, nothing written.
    const input = await composeInput({ name: buyer }, { productId: 'pro-monthly' })
    input.lines[0]!.floor = '1'
    const answer = await createSession(page, input)
    expect(answer).toContain('The floor cannot go below the template’s floor of $79.00.')
    expect(
      await queryRows(`SELECT id FROM "SalesnipSession" WHERE "idempotencyKey" = $1`, [
        input.idempotencyKey,
      ]),
    ).toEqual([])
  })

  test('changing the currency re-prices every row, after asking when a price was edited; cross-sells are removed and added', async ({
    page,
  }) => {
    await startComposing(page, uniqueName('Euro'))
    await pick(page, 'Add a product', 'Pro (monthly)')
    const line = product(page, 1, 'Pro (monthly)')
    // Unedited: re-priced at once.
    await page.getByLabel('Currency').selectOption('EUR')
    await expect(line.getByLabel('Opening price (EUR)')).toHaveValue('92.00')
    await line.getByLabel('Opening price (EUR)').fill('85')
    // Edited: asked first; keeping the currency keeps the price.
    await page.getByLabel('Currency').selectOption('USD')
    const dialog = page.getByRole('dialog', { name: 'Re-price every line in USD?' })
    await expect(dialog).toBeVisible()
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Keep EUR' }).click()
    await expect(page.getByLabel('Currency')).toHaveValue('EUR')
    await expect(line.getByLabel('Opening price (EUR)')).toHaveValue('85')
    await page.getByLabel('Currency').selectOption('USD')
    await page.getByRole('button', { name: 'Re-price in USD' }).click()
    await expect(line.getByLabel('Opening price (USD)')).toHaveValue('99.00')

    // A suggested cross-sell removed stays removed; another is added from the catalogue.
    await page.getByRole('button', { name: 'Remove cross-sell Extra seats' }).click()
    await pick(page, 'Add a cross-sell', 'SSO / SAML')
    await pick(page, 'Add a product', 'Starter (monthly)') // it suggests Extra seats too
    const crossSells = page.getByRole('group', { name: /^Cross-sell \d/ })
    await expect(crossSells).toHaveText([/Onboarding workshop/, /SSO \/ SAML/])
    const sent = JSON.parse(
      await (async () => {
        await page.getByRole('button', { name: 'Raw' }).click()
        return page.getByLabel('Request body, raw').inputValue()
      })(),
    )
    expect(sent.currency).toBe('USD')
    expect(sent.crossSellProducts.map((p: { id: string }) => p.id)).toEqual([
      'onboarding-workshop',
      'sso-saml',
    ])
  })

  test('a double click creates one session', async ({ page }) => {
    const buyer = uniqueName('Twice')
    await startComposing(page, buyer)
    await pick(page, 'Add a product', 'Starter (monthly)')
    await page.getByRole('button', { name: 'Create session' }).dblclick()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    expect(await storedSessions(buyer)).toHaveLength(1)
    expect(await sandboxSessionsFor(buyer)).toHaveLength(1)
  })

  test('Enter in the picker adds the highlighted product and never creates; Ctrl+Enter creates', async ({
    page,
  }) => {
    const buyer = uniqueName('Enter')
    await startComposing(page, buyer)
    const picker = page.getByRole('combobox', { name: 'Add a product' })
    await picker.fill('Starter (monthly)')
    await expect(
      page.getByRole('listbox', { name: 'Add a product' }).getByRole('option').first(),
    ).toContainText('Starter (monthly)')
    await picker.press('Enter')
    await picker.press('Enter')
    await page.getByLabel('Buyer name').press('Enter')
    await expect(product(page, 1, 'Starter (monthly)')).toBeVisible()
    await expect(page.getByRole('group', { name: /^Product 2:/ })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Session created' })).toHaveCount(0)
    expect(await storedSessions(buyer)).toHaveLength(0)

    await page.getByLabel('Company').press('Control+Enter')
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    expect(await storedSessions(buyer)).toHaveLength(1)
  })

  test('opens on the buyer with the session settings folded and prefilled; problems turn red only after Create', async ({
    page,
  }) => {
    await page.goto('/compose')
    const toggle = settingsToggle(page)
    // The demo workspace's project and currency, from Settings.
    await expect(toggle).toHaveAccessibleName(/proj_northwind_demo · USD/)
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByLabel('SaleSnip project id')).toBeHidden()
    const fields = page.getByRole('form', { name: 'Compose a session' }).getByRole('textbox')
    await expect(fields.first()).toHaveAccessibleName('Buyer name')
    // What is still missing is listed in the preview, but no field is marked wrong yet.
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0)
    await expect(page.locator('.text-destructive:visible')).toHaveCount(0)
    await expectAccessible(page)

    // An empty project id: Create refuses it, and the section opens by itself to say why.
    await openSessionSettings(page)
    await page.getByLabel('SaleSnip project id').fill('')
    await toggle.click()
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByLabel('SaleSnip project id')).toHaveAccessibleDescription(
      /Enter the SaleSnip project id\./,
    )
    await expect(page.getByLabel('SaleSnip project id')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Add at least one product.').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Create' })).toContainText(
      'to fix before sending',
    )
  })

  test('the picker ranks names before tags; a suggestion with no price in the currency is offered, not added', async ({
    page,
  }) => {
    const buyer = uniqueName('Ranked')
    await startComposing(page, buyer)
    const picker = page.getByRole('combobox', { name: 'Add a product' })
    await picker.fill('enterprise')
    await expect(
      page.getByRole('listbox', { name: 'Add a product' }).getByRole('option').first(),
    ).toContainText('Enterprise (annual)')
    await picker.press('Enter')
    await expect(product(page, 1, 'Enterprise (annual)')).toBeVisible()
    // Its suggestions: SSO and the workshop priced in USD; EU data residency has only a EUR price.
    await expect(page.getByRole('group', { name: /^Cross-sell \d: SSO \/ SAML/ })).toBeVisible()
    await expect(page.getByRole('group', { name: /EU data residency/ })).toHaveCount(0)
    await expect(page.getByText('needs a USD price')).toBeVisible()
    const createBar = page.getByRole('region', { name: 'Create' })
    await expect(createBar).toContainText('Ready to send')

    // Picking a suggested cross-sell as a product takes it out of the cross-sells.
    await pick(page, 'Add a product', 'SSO / SAML')
    await expect(product(page, 2, 'SSO / SAML')).toBeVisible()
    await expect(page.getByRole('group', { name: /^Cross-sell \d: SSO \/ SAML/ })).toHaveCount(0)

    await page.getByRole('button', { name: 'Add EU data residency and price it' }).click()
    await expect(
      page.getByRole('group', { name: /^Cross-sell \d: EU data residency/ }),
    ).toBeVisible()
    await expect(page.getByText('needs a USD price')).toHaveCount(0)
    // Its opening price and floor are now asked for.
    await expect(createBar).toContainText('2 to fix before sending')
  })

  const FAULTS = [
    { fault: '500', status: 'failed', message: 'SaleSnip had an error on its side.' },
    { fault: '429', status: 'failed', message: 'SaleSnip is limiting requests right now.' },
    { fault: 'timeout', status: 'unknown', message: 'SaleSnip did not answer in time.' },
    {
      fault: 'garbage',
      status: 'unknown',
      message: 'SaleSnip answered with something unexpected.',
    },
  ]
  for (const { fault, status, message } of FAULTS) {
    test(`SaleSnip fault "${fault}" is shown, the form is kept, and the attempt is recorded`, async ({
      page,
    }) => {
      const buyer = uniqueName(`Fault ${fault}`)
      await startComposing(page, buyer)
      await pick(page, 'Add a product', 'Starter (monthly)')
      await page.getByRole('button', { name: 'Add metadata' }).click()
      await page.getByLabel('Key 1').fill('sandbox_fault')
      await page.getByLabel('Value 1').fill(fault)
      await page.getByRole('button', { name: 'Create session' }).click()
      const alert = page.locator('form').getByRole('alert')
      await expect(alert).toContainText(message, { timeout: 20_000 })
      if (status === 'unknown') await expect(alert).toContainText('may have been created anyway')
      await expectAccessible(page)
      await expect(page.getByLabel('Buyer name')).toHaveValue(buyer)
      await expect(product(page, 1, 'Starter (monthly)')).toBeVisible()

      const [stored] = await storedSessions(buyer)
      expect(stored).toMatchObject({ status, salesnipId: null })
      const attempts = await attemptsOf(stored!.id)
      expect(attempts).toHaveLength(1)
      expect(attempts[0]!.message).toContain(message)

      // The session's page shows what SaleSnip sent, as sent, beside the app's reading of it.
      if (fault === 'garbage') {
        await page.goto(`/history/${stored!.id}`)
        await expect(page.getByRole('region', { name: 'Outcome unknown' })).toContainText(message)
        await expect(
          page.getByRole('region', { name: "SaleSnip's answer" }).getByLabel('Answer, formatted'),
        ).toHaveText('<html>Bad gateway</html>')
      }
    })
  }

  test('a draft autosaves and resumes after a reload', async ({ page }) => {
    const buyer = uniqueName('Draft')
    await startComposing(page, buyer)
    await pick(page, 'Add a product', 'Pro (annual)')
    await product(page, 1, 'Pro (annual)').getByLabel('Opening price (USD)').fill('950')
    await expect(page.getByText(/Draft saved at/)).toBeVisible()
    await expect(page).toHaveURL(/\/compose\?draft=/)
    await page.reload()
    await expect(page.getByLabel('Buyer name')).toHaveValue(buyer)
    await expect(product(page, 1, 'Pro (annual)').getByLabel('Opening price (USD)')).toHaveValue(
      '950',
    )
    await page.getByText(/^My drafts \(\d+\)$/).click()
    await expect(page.getByRole('list', { name: 'My drafts' })).toContainText(`${buyer} Ltd`)
    await expectAccessible(page)

    // Created from the draft: the draft is gone.
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    const owner = await queryRows<{ title: string }>(
      `SELECT title FROM "Draft" WHERE title LIKE $1`,
      [`%${buyer}%`],
    )
    expect(owner).toEqual([])
  })
})

test.describe('as a manager', () => {
  test.use({ storageState: storageStateOf('manager') })

  test('may go below a template’s floor, and the session records the override', async ({
    page,
  }) => {
    const buyer = uniqueName('Override')
    await startComposing(page, buyer)
    await pick(page, 'Add a product', 'Pro (monthly)')
    const line = product(page, 1, 'Pro (monthly)')
    await expect(line).toContainText('going below it is recorded')
    await line.getByLabel('Floor (USD)').fill('70')
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    const [stored] = await storedSessions(buyer)
    expect(JSON.parse(stored!.overrides)).toEqual([
      expect.objectContaining({
        path: 'lines.0',
        templateName: 'Pro (monthly)',
        templateFloorMinor: 7900,
        floorMinor: 7000,
        byName: 'Max Manager',
      }),
    ])
    // Flagged where the team looks: the History row and the session's header.
    await page.goto(`/history?q=${encodeURIComponent(buyer)}`)
    const row = page.getByRole('row', { name: new RegExp(buyer) })
    await expect(row).toContainText('Below a floor')
    await row.getByRole('link', { name: buyer }).click()
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(buyer) })).toBeVisible()
    await expect(page.getByText('Below a floor')).toBeVisible()
  })
})
