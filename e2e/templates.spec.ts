import type { Page } from '@playwright/test'
import { EMPTY_TEMPLATE_FORM } from '../lib/templates/schema'
import { storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'
import { callServerAction } from './server-actions'

test.use({ storageState: storageStateOf('manager') })

const productIdFor = (prefix: string) => uniqueName(prefix).toLowerCase().replace(/\W+/g, '-')

async function fillNewTemplate(
  page: Page,
  { productId, name }: { productId: string; name: string },
) {
  await page.goto('/templates/new')
  await page.getByLabel('Product id').fill(productId)
  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Currency 1').selectOption('USD')
  await page.getByLabel('Opening price 1').fill('120')
  await page.getByLabel('Floor price 1').fill('90.50')
}

const templateRow = async (productId: string) =>
  (
    await queryRows<{ id: string; name: string; version: number }>(
      `SELECT id, name, version FROM "Template" WHERE "productId" = $1`,
      [productId],
    )
  )[0]

test('a manager creates a template with two currencies, an upsell and two cross-sells, and edits it', async ({
  page,
  browser,
}) => {
  const productId = productIdFor('growth')
  const name = uniqueName('Growth plan')
  await fillNewTemplate(page, { productId, name })
  await page.getByRole('button', { name: 'Add currency' }).click()
  await page.getByLabel('Currency 2').selectOption('JPY')
  await page.getByLabel('Opening price 2').fill('18000')
  await page.getByLabel('Floor price 2').fill('14000')
  await page
    .getByLabel('Upsell', { exact: true })
    .selectOption({ label: 'Priority support (monthly) (support-priority-monthly)' })
  await page.getByRole('button', { name: 'Add cross-sell' }).click()
  await page.getByLabel('Cross-sell 1').selectOption({ label: 'Extra seats (seats-extra)' })
  await page.getByRole('button', { name: 'Add cross-sell' }).click()
  await page.getByLabel('Cross-sell 2').selectOption({ label: 'SSO / SAML (sso-saml)' })
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Save template' }).click()

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await page.getByRole('link', { name: 'USD' }).click()
  const json = page.getByLabel('Product JSON in USD')
  await expect(json).toBeVisible()
  expect(JSON.parse((await json.textContent()) ?? '')).toEqual({
    id: productId,
    name,
    price: { initial: 120, minimum: 90.5 },
    upsellProduct: {
      id: 'support-priority-monthly',
      name: 'Priority support (monthly)',
      price: { initial: 49, minimum: 39 },
      recurring: { unit: 'MONTH', count: 1 },
    },
  })
  await expectAccessible(page)

  const stored = await templateRow(productId)
  const prices = await queryRows<{
    currency: string
    openingMinor: string | number
    floorMinor: string | number
  }>(
    `SELECT currency, "openingMinor", "floorMinor" FROM "TemplatePrice" WHERE "templateId" = $1 ORDER BY currency`,
    [stored?.id],
  )
  expect(prices.map((p) => [p.currency, Number(p.openingMinor), Number(p.floorMinor)])).toEqual([
    ['JPY', 18000, 14000],
    ['USD', 12000, 9050],
  ])
  const crossSells = await queryRows<{ productId: string }>(
    `SELECT t."productId" FROM "TemplateCrossSell" c JOIN "Template" t ON t.id = c."crossSellId" WHERE c."templateId" = $1 ORDER BY c.position`,
    [stored?.id],
  )
  expect(crossSells.map((row) => row.productId)).toEqual(['seats-extra', 'sso-saml'])

  await page.getByRole('link', { name: 'Edit' }).click()
  await page.getByLabel('Opening price 2').fill('130') // rows come back ordered by currency: JPY, USD
  await page.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await page.getByRole('link', { name: 'USD' }).click()
  expect(
    JSON.parse((await page.getByLabel('Product JSON in USD').textContent()) ?? '').price,
  ).toEqual({ initial: 130, minimum: 90.5 })
  await expect(
    page.getByText(
      'prices: JPY 18000 (floor 14000); USD 120.00 (floor 90.50) → JPY 18000 (floor 14000); USD 130.00 (floor 90.50)',
    ),
  ).toBeVisible()
  expect((await templateRow(productId))?.version).toBe(2)

  // Admins see the same edit in the audit log, with the manager as its actor.
  const admin = await browser.newContext({ storageState: storageStateOf('admin') })
  const log = await admin.newPage()
  await log.goto('/audit?entity=template')
  const edit = log
    .getByRole('list', { name: 'Changes' })
    .getByRole('listitem')
    .filter({ hasText: 'USD 130.00 (floor 90.50)' })
    .first()
  await expect(edit).toContainText('Max Manager updated')
  await edit.getByRole('link', { name: 'View' }).click()
  await expect(log.getByRole('heading', { level: 1, name })).toBeVisible()
  await admin.close()
})

test('a floor above the opening price is refused at the field and nothing is stored', async ({
  page,
}) => {
  const productId = productIdFor('bad-floor')
  await fillNewTemplate(page, { productId, name: 'Bad floor' })
  await page.getByLabel('Floor price 1').fill('150')
  await page.getByRole('button', { name: 'Save template' }).click()
  const floor = page.getByLabel('Floor price 1')
  await expect(floor).toHaveAccessibleDescription(
    'The floor price cannot be above the opening price.',
  )
  await expect(floor).toHaveAttribute('aria-invalid', 'true')
  expect(await templateRow(productId)).toBeUndefined()
})

test('the second of two tabs editing one template is refused, with the newer values offered', async ({
  page,
  context,
}) => {
  const productId = productIdFor('two-tabs')
  await fillNewTemplate(page, { productId, name: 'Two tabs' })
  await page.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Two tabs' })).toBeVisible()
  const editUrl = `${page.url()}/edit`

  const other = await context.newPage()
  await page.goto(editUrl)
  await other.goto(editUrl)
  await page.getByLabel('Name', { exact: true }).fill('Saved first')
  await page.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Saved first' })).toBeVisible()

  await other.getByLabel('Name', { exact: true }).fill('Saved second')
  await other.getByRole('button', { name: 'Save template' }).click()
  await expect(other.locator('form').getByRole('alert')).toContainText(
    'Someone saved this template after you opened it',
  )
  await other.getByRole('button', { name: 'Load their version' }).click()
  await expect(other.getByLabel('Name', { exact: true })).toHaveValue('Saved first')
  expect(await templateRow(productId)).toMatchObject({ name: 'Saved first', version: 2 })
})

test('an import with one bad product writes nothing, and a good one imports', async ({ page }) => {
  const good = productIdFor('imported')
  const bad = productIdFor('imported-bad')
  const file = (minimum: number) =>
    `[\n${JSON.stringify({ id: good, name: 'Imported plan', currency: 'USD', price: { initial: 10, minimum: 8 }, tags: ['imported'] })},\n` +
    `${JSON.stringify({ id: bad, name: 'Imported add-on', prices: { EUR: { initial: 5, minimum } }, upsell: undefined })}\n]`
  await page.goto('/templates/import')
  await page.getByLabel('Or paste the JSON').fill(file(6))
  await page.getByRole('button', { name: 'Import' }).click()
  const alert = page.locator('form').getByRole('alert')
  await expect(alert).toContainText('Nothing was imported: 1 problem(s).')
  await expect(alert).toContainText(
    'Line 3, 1.prices.EUR.minimum: The floor price cannot be above the opening price.',
  )
  expect(await templateRow(good)).toBeUndefined()
  await expectAccessible(page)

  await page.getByLabel('Or paste the JSON').fill(file(4))
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status')).toContainText('Imported: 2 new, 0 updated.')
  const imported = await templateRow(good)
  expect(imported).toMatchObject({ name: 'Imported plan' })
  const history = await queryRows<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE entity = 'template' AND "entityId" = $1`,
    [imported?.id],
  )
  expect(history.map((event) => event.action)).toEqual(['created by import'])
})

test.describe('as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('the catalogue is readable but has no edit controls, and the edit action refuses', async ({
    page,
  }) => {
    await page.goto('/templates?q=pro')
    await expect(page.getByRole('link', { name: 'Pro (annual)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'New template' })).toHaveCount(0)
    await page.getByRole('link', { name: 'Pro (annual)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Pro (annual)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Archive' })).toHaveCount(0)
    expect((await page.goto('/templates/new'))?.status()).toBe(403)

    const before = await templateRow('pro-annual')
    const answer = await callServerAction(page, {
      path: `/templates/${before?.id}/edit`,
      file: 'lib/templates/actions/save-template.ts',
      name: 'saveTemplateAction',
      input: {
        ...EMPTY_TEMPLATE_FORM,
        templateId: before?.id,
        version: before?.version,
        productId: 'pro-annual',
        name: 'Renamed by a rep',
        prices: [{ currency: 'USD', opening: '1', floor: '1' }],
      },
    })
    expect(answer).toContain('Your role does not allow this.')
    expect(await templateRow('pro-annual')).toEqual(before)
  })
})

test('a new template asks for the name first and suggests the product id from it; leaving unsaved asks; Cancel goes back', async ({
  page,
}) => {
  await page.goto('/templates')
  await page.goto('/templates/new')
  const form = page.locator('form')
  await expect(form.getByRole('textbox').first()).toHaveAccessibleName('Name')
  const name = uniqueName('Suggested Plan')
  await page.getByLabel('Name', { exact: true }).fill(name)
  const suggested = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  await expect(page.getByLabel('Product id')).toHaveValue(suggested)
  // Once the manager types an id, the name no longer changes it.
  await page.getByLabel('Product id').fill(`${suggested}-own`)
  await page.getByLabel('Name', { exact: true }).fill(`${name} Plus`)
  await expect(page.getByLabel('Product id')).toHaveValue(`${suggested}-own`)

  let asked = ''
  page.once('dialog', (dialog) => {
    asked = dialog.message()
    void dialog.dismiss()
  })
  await page.getByRole('link', { name: 'Cancel' }).click()
  await expect.poll(() => asked).toContain('unsaved changes')
  await expect(page).toHaveURL(/\/templates\/new$/)
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name} Plus`)

  // The command palette and Back ask too; staying keeps every edit.
  asked = ''
  page.once('dialog', (dialog) => {
    asked = dialog.message()
    void dialog.dismiss()
  })
  await page.keyboard.press('ControlOrMeta+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await palette.getByLabel('Command').fill('dashb')
  await palette.getByRole('option', { name: 'Dashboard', exact: true }).click()
  await expect.poll(() => asked).toContain('unsaved changes')
  await expect(page).toHaveURL(/\/templates\/new$/)

  asked = ''
  page.once('dialog', (dialog) => {
    asked = dialog.message()
    void dialog.dismiss()
  })
  await page.goBack()
  await expect.poll(() => asked).toContain('unsaved changes')
  await expect(page).toHaveURL(/\/templates\/new$/)
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name} Plus`)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.goBack()
  await expect(page).toHaveURL(/\/templates$/)
  await page.goForward()
  await expect(page).toHaveURL(/\/templates\/new$/)

  await page.getByLabel('Name', { exact: true }).fill(name)
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('link', { name: 'Cancel' }).click()
  await expect(page).toHaveURL(/\/templates$/)
  expect(await templateRow(`${suggested}-own`)).toBeUndefined()
})
