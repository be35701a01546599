import { expect, expectAccessible, test } from './fixtures'

const SECTIONS = [
  ['Compose', '/compose'],
  ['History', '/history'],
  ['Activity', '/activity'],
  ['Dashboard', '/dashboard'],
  ['Templates', '/templates'],
  ['Team', '/team'],
  ['Settings', '/settings'],
  ['Audit log', '/audit'],
] as const

test('the shell shows the workspace, the navigation and the user menu', async ({ page }) => {
  await page.goto('/')
  await expectAccessible(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link')).toHaveText(SECTIONS.map(([label]) => label))

  await page.getByRole('button', { name: 'Account: Ada Admin' }).click()
  const menu = page.getByRole('menu')
  await expect(menu).toContainText('admin@northwind.test')
  await expect(menu).toContainText('Admin')
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeVisible()
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
})

test('the navigation reaches every section and marks the current one', async ({ page }) => {
  test.slow() // seven pages, each checked with axe (up to 8 s a page on a loaded machine)
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const [section, path] of SECTIONS) {
    await nav.getByRole('link', { name: section }).click()
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible()
    await expect(nav.getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveTitle(`${section} · Session Studio`)
    await expectAccessible(page)
  }
})

test('on a phone the navigation opens from a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  // The sidebar is hidden; its links are not on screen until the menu opens.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await page.getByRole('button', { name: 'Open navigation' }).click()
  const sheet = page.getByRole('dialog')
  await expectAccessible(page)
  await sheet.getByRole('link', { name: 'History' }).click()
  await expect(sheet).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /match\.|No sessions/ })).toBeVisible()
  // Nothing overflows sideways on a narrow screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
  expect(overflow).toBe(false)
})

test('an unknown address shows a plain not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible()
})

test('the command palette (Ctrl+K) opens a template by name and any section; c and / are shortcuts', async ({
  page,
}) => {
  await page.goto('/')
  // Pressed before the page has hydrated, a shortcut reaches no listener (a CI run lost one so).
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'on')
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await expectAccessible(page)
  await palette.getByLabel('Command').fill('enterprise')
  await palette.getByRole('option', { name: /^Enterprise \(annual\)/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Enterprise (annual)' })).toBeVisible()

  await page.keyboard.press('Control+k')
  await palette.getByLabel('Command').fill('dashb')
  await palette.getByRole('option', { name: 'Dashboard', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()

  await page.keyboard.press('Control+k')
  await palette.getByLabel('Command').fill('Acme')
  await palette.getByRole('option', { name: 'Search history for “Acme”' }).click()
  await expect(page).toHaveURL(/\/history\?q=Acme$/)
  await expect(page.getByLabel('Search')).toHaveValue('Acme')

  // Outside a text field: / goes to the page's search, c opens Compose.
  await page.getByRole('heading', { level: 1, name: 'History' }).click()
  await page.keyboard.press('/')
  await expect(page.getByLabel('Search')).toBeFocused()
  await page.getByRole('heading', { level: 1, name: 'History' }).click()
  await page.keyboard.press('c')
  await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible()
})
