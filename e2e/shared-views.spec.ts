import { expect, test, uniqueName } from './fixtures'
import { queryRows } from './db'
import { composeInput, createSession } from './sessions'

// A filtered History view shared with someone without an account: exactly the filtered rows,
// read-only, no emails (unless chosen), no chat links, every visit logged, and gone once revoked.

test('a shared view shows exactly the filtered rows without emails or chat links, and stops once revoked', async ({
  page,
  browser,
}) => {
  const company = uniqueName('Sharecorp')
  const buyers = [uniqueName('Share buyer A'), uniqueName('Share buyer B')]
  for (const name of buyers)
    await createSession(page, await composeInput({ name, company, email: 'secret@buyer.test' }))
  const outsider = uniqueName('Not shared')
  await createSession(
    page,
    await composeInput({ name: outsider, company: uniqueName('Othercorp') }),
  )

  await page.goto(`/history?q=${encodeURIComponent(company)}`)
  await expect(page.getByText('2 sessions match.')).toBeVisible()
  await page.getByRole('button', { name: 'Share view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this view' })
  const viewName = uniqueName('For finance')
  await dialog.getByLabel('Name').fill(viewName)
  await dialog.getByRole('button', { name: 'Create link' }).click()
  const link = await page
    .getByRole('dialog', { name: 'Shared view ready' })
    .getByLabel('Link')
    .inputValue()
  expect(link).toMatch(/\/shared\/[\w-]{32}$/)

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const visitor = await stranger.newPage()
  await visitor.goto(link)
  await expect(visitor.getByRole('heading', { level: 1, name: viewName })).toBeVisible()
  const rows = visitor.getByRole('list', { name: 'Sessions' }).getByRole('listitem')
  await expect(rows).toHaveCount(2)
  for (const name of buyers) await expect(rows.filter({ hasText: name })).toHaveCount(1)
  await expect(visitor.getByText(outsider)).toHaveCount(0)
  await expect(visitor.getByText('secret@buyer.test')).toHaveCount(0)
  // Read-only: no link leads to a chat, a short link or the console.
  const hrefs = await visitor
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs.filter((href) => !href.startsWith('/shared/'))).toEqual([])

  const [stored] = await queryRows<{ viewCount: number; visits: number }>(
    `SELECT v."viewCount", (SELECT COUNT(*) FROM "SharedViewVisit" s WHERE s."viewId" = v.id) AS visits
     FROM "SharedView" v WHERE v.name = $1`,
    [viewName],
  )
  expect(Number(stored!.viewCount)).toBe(1)
  expect(Number(stored!.visits)).toBe(1)

  // Settings lists it with its visit; revoked there, the link stops working.
  await page.goto('/settings')
  const shared = page.getByRole('list', { name: 'Shared views' })
  await expect(shared.getByRole('listitem').filter({ hasText: viewName })).toContainText(
    'Viewed 1 time',
  )
  await page.getByRole('button', { name: `Revoke ${viewName}` }).click()
  await expect(page.getByText(`${viewName} is revoked.`)).toBeVisible()
  await visitor.reload()
  await expect(visitor.getByRole('heading', { name: 'This view is not available' })).toBeVisible()
  await expect(visitor.getByText('revoked')).toBeVisible()
  await expect(visitor.getByText(buyers[0]!)).toHaveCount(0)
  await stranger.close()
})

test.describe('as a rep', () => {
  test.use({ storageState: 'e2e/.auth/rep.json' })
  test('a rep cannot share views', async ({ page }) => {
    await page.goto('/history')
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Share view' })).toHaveCount(0)
  })
})
