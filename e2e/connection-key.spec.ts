import { queryRows } from './db'
import { expect, expectAccessible, test } from './fixtures'

// Storing a key leaves sandbox mode for the whole app, so this runs after every other journey
// (its own Playwright project) and removes the key again at the end.
test('an admin stores a SaleSnip key, sees it only masked, and removes it', async ({ page }) => {
  const key = `secret_e2e_${Date.now()}WXYZ`
  await page.goto('/settings')
  await expect(page.getByText('Sandbox mode:', { exact: false }).first()).toBeVisible()

  await page.getByLabel('API key').fill(key)
  await page.getByLabel('Default project id').fill('project_e2e')
  await page.getByLabel('Default currency').selectOption('JPY')
  await page.getByRole('button', { name: 'Save connection' }).click()
  await expect(page.getByText('Connection settings saved.')).toBeVisible()

  await page.reload()
  await expect(page.getByText('Using the API key stored here.')).toBeVisible()
  await expect(page.getByText('In use: ••••WXYZ.', { exact: false })).toBeVisible()
  await expect(page.getByLabel('API key')).toHaveValue('')
  await expect(page.getByLabel('Default currency')).toHaveValue('JPY')
  expect(await page.content()).not.toContain(key)
  await expect(page.getByRole('heading', { name: 'Changes to the connection' })).toBeVisible()
  await expect(page.getByText('apiKey: (none) → ••••WXYZ')).toBeVisible()
  await expectAccessible(page)

  const [row] = await queryRows<{ apiKeyEncrypted: string; apiKeyLast4: string }>(
    `SELECT "apiKeyEncrypted", "apiKeyLast4" FROM "ConnectionSettings" WHERE id = 'default'`,
  )
  expect(row?.apiKeyLast4).toBe('WXYZ')
  expect(row?.apiKeyEncrypted).not.toContain(key)
  // Live now: the sandbox is gone.
  const sandbox = await page.request.post('/api/salesnip-sandbox/v1/sessions', {
    headers: { 'X-Api-Key': 'sandbox_e2e' },
    data: {},
  })
  expect(sandbox.status()).toBe(404)

  await page.getByRole('button', { name: 'Remove API key' }).click()
  await expect(page.getByText('API key removed: the sandbox is in use again.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Sandbox mode: no API key is set')).toBeVisible()
})
