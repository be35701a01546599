import type { Page } from '@playwright/test'
import { consolePages } from './console-pages'
import { expect, expectAccessible, test } from './fixtures'

// Reps work from phones: at 390×844 no page scrolls sideways, and every page passes axe in light
// and in dark. Measured against the device width, not innerWidth: Chromium's phone emulation widens
// the layout viewport to fit content that is too wide.
const PHONE_WIDTH = 390
test.use({ viewport: { width: PHONE_WIDTH, height: 844 }, isMobile: true, hasTouch: true })

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.scrollingElement!.scrollWidth)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no page scrolls sideways at 390 px, and each passes axe (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme: scheme })
    for (const path of await consolePages(page, 'Phone buyer with a rather long name')) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      expect(await sidewaysOverflow(page), `${path} is wider than the phone`).toBeLessThanOrEqual(
        PHONE_WIDTH,
      )
      await expectAccessible(page)
    }
  })
}

test('History on a phone is a list of cards, with the filters behind one button that counts them', async ({
  page,
}) => {
  await page.goto('/history?status=sent&currency=USD')
  const toggle = page.getByRole('button', { name: /^Filters/ })
  await expect(toggle).toHaveAccessibleName('Filters · 2')
  await expect(page.getByLabel('Status')).toBeHidden()
  await toggle.click()
  await expect(page.getByLabel('Status')).toHaveValue('sent')
  const row = page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)
  await expect(row.getByRole('link')).toBeVisible()
  await expect(row.getByText('Sent')).toBeVisible()
  await expect(row.getByRole('button', { name: /^Copy link for / })).toBeVisible()
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(PHONE_WIDTH)
})
