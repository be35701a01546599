import { consolePages } from './console-pages'
import { expect, expectAccessible, test } from './fixtures'

// Managers work at a desk: at 1440×900 every page passes axe in light and in dark, and nothing
// is wider than the window.
const DESKTOP_WIDTH = 1440
test.use({ viewport: { width: DESKTOP_WIDTH, height: 900 } })

for (const scheme of ['light', 'dark'] as const) {
  test(`every page at 1440 px passes axe and fits the window (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme: scheme })
    for (const path of await consolePages(page, 'Desktop buyer')) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth)
      expect(width, `${path} is wider than the window`).toBeLessThanOrEqual(DESKTOP_WIDTH)
      await expectAccessible(page)
    }
  })
}
