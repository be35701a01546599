import { storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'
import { composeInput, createSession } from './sessions'

// The home page starts work: a new session, the member's drafts and recent links, the team's
// accepted deals of the week, and for an admin the setup still to do.

async function draftsOf(email: string) {
  return queryRows<{ id: string }>(
    `SELECT d.id FROM "Draft" d JOIN "User" u ON u.id = d."ownerId" WHERE u.email = $1`,
    [email],
  )
}

// Runs as the admin: no other journey leaves drafts of theirs, so "Clear all" touches only these.
test('an admin sees the setup left, resumes, deletes and clears drafts, and starts a session', async ({
  page,
}) => {
  const names = [uniqueName('Draft one'), uniqueName('Draft two'), uniqueName('Draft three')]
  for (const name of names) {
    await page.goto('/compose')
    await page.getByLabel('Buyer name').fill(name)
    await expect(page.getByRole('region', { name: 'Create' })).toContainText('Draft saved')
  }

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible()
  await expectAccessible(page)
  // The demo workspace has a project id and a team; the sandbox means no key yet.
  const setup = page.getByRole('region', { name: 'Set up the workspace' })
  await expect(setup).toContainText('2 of 3 done.')
  await expect(setup.getByRole('link', { name: 'Connect SaleSnip with an API key' })).toBeVisible()

  const drafts = page.getByRole('region', { name: 'My drafts' })
  for (const name of names) await expect(drafts.getByRole('link', { name })).toBeVisible()
  await drafts.getByRole('button', { name: `Delete draft ${names[0]}` }).click()
  await expect(drafts.getByRole('link', { name: names[0] })).toHaveCount(0)
  expect(await draftsOf('admin@northwind.test')).toHaveLength(2)

  await drafts.getByRole('link', { name: names[1] }).click()
  await expect(page.getByLabel('Buyer name')).toHaveValue(names[1]!)
  await page.goto('/')

  page.once('dialog', (dialog) => void dialog.accept())
  await drafts.getByRole('button', { name: 'Clear all drafts' }).click()
  await expect(drafts).toContainText('No drafts.')
  expect(await draftsOf('admin@northwind.test')).toHaveLength(0)

  await page.getByRole('link', { name: 'New session' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible()
})

test.describe('as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('sees their latest link with its status and copy button, and no setup checklist', async ({
    page,
  }) => {
    const buyer = uniqueName('Homebuyer')
    await createSession(page, await composeInput({ name: buyer, company: 'Home Co' }))
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Riley' })).toBeVisible()
    const recent = page.getByRole('region', { name: 'My recent links' })
    const item = recent.getByRole('listitem').filter({ hasText: buyer })
    await expect(item).toContainText('Sent')
    await expect(item.getByRole('button', { name: `Copy link for ${buyer}` })).toBeVisible()
    await item.getByRole('link', { name: buyer }).click()
    await expect(page.getByRole('heading', { level: 1, name: `${buyer} · Home Co` })).toBeVisible()
    await page.goto('/')
    await expect(page.getByRole('region', { name: 'Set up the workspace' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Accepted in the last 7 days' })).toBeVisible()
  })
})
