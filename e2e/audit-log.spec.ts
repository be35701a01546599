import { storageStateOf } from './auth'
import { expect, test } from './fixtures'

// The audit log is for admins (the journeys in team, templates and workspace-settings check what it
// shows after each kind of change).
for (const role of ['rep', 'manager'] as const) {
  test.describe(`as a ${role}`, () => {
    test.use({ storageState: storageStateOf(role) })

    test('the audit log is closed and not in the navigation', async ({ page }) => {
      const response = await page.goto('/audit')
      expect(response?.status()).toBe(403)
      await expect(
        page.getByRole('heading', { name: 'You don’t have access to this page' }),
      ).toBeVisible()
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }),
      ).toHaveCount(0)
    })
  })
}

test('an admin pages through the log and the filters show what the address says', async ({
  page,
}) => {
  await page.goto('/audit?entity=template&from=2020-01-01')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  await expect(page.getByLabel('What')).toHaveValue('template')
  await expect(page.getByLabel('From')).toHaveValue('2020-01-01')
  await page.getByRole('link', { name: 'Clear' }).click()
  await expect(page).toHaveURL(/\/audit$/)
  await expect(page.getByLabel('What')).toHaveValue('')
  await expect(page.getByLabel('From')).toHaveValue('')
  await page.goBack()
  await expect(page.getByLabel('What')).toHaveValue('template')
})
