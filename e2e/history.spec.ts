import { readFileSync } from 'node:fs'
import { storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'
import { composeInput, CREATED, createSession, sessionOf } from './sessions'

// The team's shared history: search, a view in the address, CSV export, how a negotiation ended.

test.describe('as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('finds by company a session a teammate created; a copied view shows the same rows; the CSV has exactly them', async ({
    page,
    browser,
  }) => {
    const company = uniqueName('Histco')
    const formula = `=HYPERLINK("https://evil.example","${uniqueName('click')}")`
    // One session by the admin (sharing is the point), two by the rep, one of another company.
    const admin = await browser.newContext({ storageState: storageStateOf('admin') })
    const adminPage = await admin.newPage()
    await createSession(adminPage, await composeInput({ name: 'Ann Admin-Buyer', company }))
    await admin.close()
    await createSession(page, await composeInput({ name: formula, company }))
    await createSession(
      page,
      await composeInput({ name: 'Rita Rep-Buyer', company }, { productId: 'pro-monthly' }),
    )
    await createSession(
      page,
      await composeInput({ name: uniqueName('Other'), company: 'Elsewhere' }),
    )

    await page.goto('/history')
    await expectAccessible(page)
    // The list follows the search as it is typed: no button to press.
    await page.getByLabel('Search').fill(company.toUpperCase()) // case does not matter
    await expect(page).toHaveURL(/q=/)
    const table = page.getByRole('table', { name: 'Sessions' })
    await expect(table.getByRole('row')).toHaveCount(4) // a header and three sessions
    await expect(page.getByText('3 sessions match.')).toBeVisible()
    await expect(table).toContainText('Ann Admin-Buyer')
    await expect(table).toContainText('Ada Admin')
    await expect(table).toContainText(formula)

    // Narrow it to the rep's own: the view lives in the address.
    await page.getByLabel('Rep', { exact: true }).selectOption('me')
    await expect(table.getByRole('row')).toHaveCount(3)
    await expect(table).not.toContainText('Ann Admin-Buyer')
    const viewUrl = page.url()
    expect(viewUrl).toContain('rep=me')

    // The same address in another browser of the same member shows the same rows.
    const other = await browser.newContext({ storageState: storageStateOf('rep') })
    const otherPage = await other.newPage()
    await otherPage.goto(viewUrl)
    // The rows stream in after the page loads (React reveals a Suspense boundary's content a moment
    // later): wait for them as a reader would, then compare them row by row.
    await expect(otherPage.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(3)
    const rows = async (p: typeof page) =>
      p.getByRole('table', { name: 'Sessions' }).getByRole('row').allInnerTexts()
    expect(await rows(otherPage)).toEqual(await rows(page))
    await other.close()
    // Back returns to the wider view.
    await page.goBack()
    await expect(table.getByRole('row')).toHaveCount(4)
    await page.goForward()
    await expect(table.getByRole('row')).toHaveCount(3)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    await expect(page.getByRole('status').filter({ hasText: 'Exported 2 rows.' })).toBeVisible()
    expect(file.suggestedFilename()).toMatch(/^session-history-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '')
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'created_at,status,buyer_name,buyer_email,company,deal_reference,rep,products,currency,opening_total,agreed_total,discount_percent,salesnip_session_id,link',
    )
    expect(lines).toHaveLength(3)
    // Each row's time: an ISO 8601 instant in UTC, that of a session created minutes ago.
    for (const time of lines.slice(1).map((line) => line.split(',')[0]!)) {
      expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(Math.abs(Date.now() - Date.parse(time))).toBeLessThan(60 * 60_000)
    }
    expect(csv).toContain('Rita Rep-Buyer')
    // The formula starts with an apostrophe, so a spreadsheet shows it as text.
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example""`)
    expect(csv).not.toContain('Ann Admin-Buyer')
    expect(csv).not.toContain((await sessionOf('Rita Rep-Buyer')).id) // no internal id
    expect(csv).not.toMatch(/sandbox_local|secret_/) // no key
  })

  test('a row shows its QR code and duplicates into a draft; a failed attempt is tried again on the same record', async ({
    page,
  }) => {
    const buyer = uniqueName('Rowan')
    await createSession(page, await composeInput({ name: buyer, company: 'Row Co' }))
    const { shortUrl } = await sessionOf(buyer)
    expect(shortUrl).toMatch(/\/l\/[\w-]{12}$/)
    await page.goto(`/history?q=${encodeURIComponent(buyer)}`)
    await page.getByRole('button', { name: `Actions for ${buyer}` }).click()
    await page.getByRole('menuitem', { name: 'Show QR code' }).click()
    await expect(
      page.getByRole('dialog').getByRole('img', { name: `QR code of ${shortUrl}` }),
    ).toBeVisible()
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: `Actions for ${buyer}` }).click()
    await page.getByRole('menuitem', { name: 'Duplicate into a new draft' }).click()
    await expect(page).toHaveURL(/\/compose\?draft=/)
    await expect(page.getByLabel('Buyer name')).toHaveValue(buyer)
    await expect(page.getByRole('group', { name: 'Product 1: Starter (monthly)' })).toBeVisible()

    // SaleSnip fails once: the history says so, and "Try again" retries the same record.
    const unlucky = uniqueName('Unlucky')
    const failing = await composeInput(
      { name: unlucky },
      { metadata: [{ key: 'sandbox_fault', value: '500' }] },
    )
    await createSession(page, failing)
    const failed = await sessionOf(unlucky)
    expect(failed.status).toBe('failed')
    await page.goto(`/history/${failed.id}`)
    await expect(
      page.getByRole('heading', { name: 'SaleSnip did not create this session' }),
    ).toBeVisible()
    await expect(page.getByRole('region', { name: 'Attempts' })).toContainText('upstream-error')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page).toHaveURL(/\/compose\?draft=/)
    await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue(failing.idempotencyKey)
    await page.getByRole('button', { name: 'Remove key 1' }).click()
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()
    const retried = await sessionOf(unlucky)
    expect(retried.id).toBe(failed.id)
    expect(CREATED).toContain(retried.status)
    const attempts = await queryRows<{ outcome: string }>(
      `SELECT outcome FROM "SalesnipAttempt" WHERE "sessionId" = $1 ORDER BY "startedAt"`,
      [failed.id],
    )
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['upstream-error', 'created'])
  })

  test('after "allow creating it again" on an unknown outcome, History shows one row for the deal', async ({
    page,
  }) => {
    const buyer = uniqueName('Twice-told')
    // The sandbox answers a timeout fault after the client gave up: SaleSnip may have created it.
    await createSession(
      page,
      await composeInput(
        { name: buyer, company: 'Once Co' },
        { metadata: [{ key: 'sandbox_fault', value: 'timeout' }] },
      ),
    )
    const unknown = await sessionOf(buyer)
    expect(unknown.status).toBe('unknown')

    await page.goto(`/history/${unknown.id}`)
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('button', { name: 'Yes, open it with a new key' }).click()
    await expect(page).toHaveURL(/\/compose\?draft=/)
    await page.getByRole('button', { name: 'Remove key 1' }).click()
    await page.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { name: 'Session created' })).toBeVisible()

    const rows = await queryRows<{ id: string; status: string; replacedById: string | null }>(
      `SELECT id, status, "replacedById" FROM "SalesnipSession" WHERE "buyerName" = $1`,
      [buyer],
    )
    expect(rows).toHaveLength(2)
    const replacement = rows.find((row) => row.id !== unknown.id)!
    expect(rows.find((row) => row.id === unknown.id)!.replacedById).toBe(replacement.id)

    await page.goto(`/history?q=${encodeURIComponent(buyer)}`)
    await expect(page.getByText('1 session match.')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Sessions' })).toContainText('Sent')
    await page.goto(`/history/${unknown.id}`)
    await page.getByRole('link', { name: 'replaced by a new session' }).click()
    await expect(page).toHaveURL(new RegExp(`/history/${replacement.id}$`))
    await page.getByRole('link', { name: 'an earlier attempt with an unknown outcome' }).click()
    await expect(page).toHaveURL(new RegExp(`/history/${unknown.id}$`))
  })

  test('the template filter searches the catalogue as it is typed; the chosen template stays in the address', async ({
    page,
  }) => {
    const company = uniqueName('Tmplco')
    await createSession(page, await composeInput({ name: uniqueName('Starter'), company }))
    const proBuyer = uniqueName('Pro')
    await createSession(
      page,
      await composeInput({ name: proBuyer, company }, { productId: 'pro-monthly' }),
    )
    const [pro] = await queryRows<{ id: string; name: string }>(
      `SELECT id, name FROM "Template" WHERE "productId" = 'pro-monthly'`,
    )
    await page.goto(`/history?q=${company}`)
    const table = page.getByRole('table', { name: 'Sessions' })
    await expect(table.getByRole('row')).toHaveCount(3)

    // The options come from the server as the product id is typed; the keyboard picks one.
    const filter = page.getByRole('combobox', { name: 'Product template' })
    await filter.fill('pro-month')
    const options = page.getByRole('listbox', { name: 'Product template' }).getByRole('option')
    await expect(options.filter({ hasText: pro!.name })).toBeVisible()
    await expect(options).toHaveCount(1)
    await filter.press('ArrowDown')
    await filter.press('Enter')
    await expect(page).toHaveURL(new RegExp(`template=${pro!.id}`))
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table).toContainText(proBuyer)
    await expect(filter).toHaveValue(pro!.name)

    // The address alone brings it back, name and all.
    await page.reload()
    await expect(filter).toHaveValue(pro!.name)
    await expect(page.getByText('1 session match.')).toBeVisible()
    // The export of that one session says so in the singular.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    await download
    await expect(page.getByRole('status').filter({ hasText: 'Exported 1 row.' })).toBeVisible()
    // Typed text that is not picked goes: the filter shows what the address says.
    await filter.fill('zzz')
    await expect(page.getByText('No active template matches.')).toBeVisible()
    await page.getByLabel('Search').click()
    await expect(filter).toHaveValue(pro!.name)

    await page.getByRole('button', { name: /Any template/ }).click()
    await expect(page).not.toHaveURL(/template=/)
    await expect(filter).toHaveValue('')
    await expect(page.getByText('2 sessions match.')).toBeVisible()
  })

  test('the filter controls always show what the address says: Only mine, Clear, back and forward', async ({
    page,
  }) => {
    const company = uniqueName('Addrco')
    await createSession(page, await composeInput({ name: uniqueName('Mine'), company }))
    await page.goto(`/history?status=sent&currency=USD`)
    const rep = page.getByLabel('Rep', { exact: true })
    const status = page.getByLabel('Status')
    const currency = page.getByLabel('Currency')
    const search = page.getByLabel('Search')
    const expectControls = async (want: {
      rep: string
      status: string
      currency: string
      q: string
    }) => {
      await expect(rep).toHaveValue(want.rep)
      await expect(status).toHaveValue(want.status)
      await expect(currency).toHaveValue(want.currency)
      await expect(search).toHaveValue(want.q)
      const address = new URL(page.url()).searchParams
      expect({
        rep: address.get('rep') ?? '',
        status: address.get('status') ?? '',
        currency: address.get('currency') ?? '',
        q: address.get('q') ?? '',
      }).toEqual(want)
    }
    await expectControls({ rep: '', status: 'sent', currency: 'USD', q: '' })

    await page.getByRole('button', { name: 'Only mine' }).click()
    await expect(page).toHaveURL(/rep=me/)
    await expectControls({ rep: 'me', status: 'sent', currency: 'USD', q: '' })

    await search.fill(company)
    await expect(page).toHaveURL(/q=/)
    await expect(page.getByText('1 session match.')).toBeVisible()
    await expectControls({ rep: 'me', status: 'sent', currency: 'USD', q: company })

    await page.getByRole('button', { name: 'Clear' }).click()
    await expect(page).toHaveURL(/\/history$/)
    await expectControls({ rep: '', status: '', currency: '', q: '' })

    await page.goBack()
    await expect(page).toHaveURL(/rep=me/)
    await expectControls({ rep: 'me', status: 'sent', currency: 'USD', q: company })
    await expect(page.getByText('1 session match.')).toBeVisible()

    await page.goForward()
    await expect(page).toHaveURL(/\/history$/)
    await expectControls({ rep: '', status: '', currency: '', q: '' })

    // A row opens its session wherever it is clicked.
    await page.goBack()
    await page
      .getByRole('row', { name: new RegExp(company) })
      .getByRole('cell', { name: company })
      .click()
    await expect(page).toHaveURL(/\/history\/[^/?]+$/)
    await expect(page.getByText(company).first()).toBeVisible()
  })

  test('sees the whole team’s history but not the settings', async ({ page }) => {
    await page.goto('/history?rep=')
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'History' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0)
    expect((await page.goto('/settings'))?.status()).toBe(403)
  })
})

test('a session completed in the sandbox chat shows COMPLETE and the agreed discount after a refresh', async ({
  page,
  browser,
}) => {
  const buyer = uniqueName('Closer')
  await createSession(
    page,
    await composeInput(
      { name: buyer, company: 'Deal Co' },
      { productId: 'pro-monthly', callbacks: true },
    ),
  )
  const session = await sessionOf(buyer)
  await page.goto(`/history/${session.id}`)
  await expect(page.getByRole('heading', { level: 1, name: `${buyer} · Deal Co` })).toBeVisible()
  await expect(page.getByText('Sent', { exact: true })).toBeVisible()
  await expectAccessible(page)

  const buyerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const chat = await buyerContext.newPage()
  await chat.goto(session.url)
  await chat.getByLabel('Your price for Pro (monthly) (USD)').fill('90')
  await chat.getByRole('button', { name: 'Offer for Pro (monthly)' }).click()
  await expect(chat.getByRole('log', { name: 'Conversation' })).toContainText('Deal')
  await chat.getByRole('button', { name: 'Accept the deal' }).click()
  await expect(chat.getByRole('heading', { name: 'The buyer accepted' })).toBeVisible()
  await buyerContext.close()

  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByText('Accepted', { exact: true })).toBeVisible()
  const negotiation = page.getByRole('region', { name: 'Negotiation' })
  const row = negotiation.getByRole('row', { name: /Pro \(monthly\)/ })
  await expect(row).toContainText('$99.00') // opening
  await expect(row).toContainText('$79.00') // floor
  await expect(row).toContainText('$90.00') // agreed
  await expect(row).toContainText('9.1 %') // (99 − 90) / 99
  await expect(page.getByRole('region', { name: 'Link' })).toContainText('9.1 %')
  expect((await sessionOf(buyer)).status).toBe('complete')
})
