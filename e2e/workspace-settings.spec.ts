import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'

// These tests rename the one workspace, so they run one after another.
test.describe.configure({ mode: 'serial' })

async function storedWorkspaceName(): Promise<string | undefined> {
  const rows = await queryRows<{ name: string }>(`SELECT name FROM "Workspace" WHERE id = $1`, [
    'default',
  ])
  return rows[0]?.name
}

test('renaming the workspace is saved and shown after a reload', async ({ page }) => {
  const name = uniqueName('Acme Sales')
  await page.goto('/settings')
  await expectAccessible(page)

  await page.getByLabel('Workspace name').fill(name)
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByText('Workspace name saved.')).toBeVisible()
  expect(await storedWorkspaceName()).toBe(name)

  await page.reload()
  await expect(page.getByLabel('Workspace name')).toHaveValue(name)
  await page.goto('/')
  await expect(page.getByTestId('workspace-name')).toHaveText(name)
  await expect(page.getByRole('main')).toContainText(name)

  // The audit log keeps who renamed it, from what to what.
  await page.goto('/audit?entity=workspace')
  const latest = page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first()
  await expect(latest).toContainText('Ada Admin renamed the workspace')
  await expect(latest).toContainText(`→ ${name}`)
})

test('a too-short name gets a field error and nothing is written', async ({ page }) => {
  await page.goto('/settings')
  const before = await storedWorkspaceName()
  const field = page.getByLabel('Workspace name')

  await field.fill('X')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(field).toHaveAccessibleDescription(
    'Enter a workspace name of at least 2 characters.',
  )
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)
  expect(await storedWorkspaceName()).toBe(before)
})

test('the server action refuses a bad name even when the browser check is bypassed', async ({
  page,
}) => {
  await page.goto('/settings')
  const before = await storedWorkspaceName()
  // Let the form pass its own check, then swap the payload on its way to the server action.
  await page.route('**/settings', async (route) => {
    const request = route.request()
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue()
    await route.continue({ postData: JSON.stringify([{ name: ' ' }]) })
  })
  const field = page.getByLabel('Workspace name')
  await field.fill(uniqueName('Valid name'))
  await page.getByRole('button', { name: 'Save name' }).click()

  await expect(field).toHaveAccessibleDescription(
    'Enter a workspace name of at least 2 characters.',
  )
  expect(await storedWorkspaceName()).toBe(before)
})
