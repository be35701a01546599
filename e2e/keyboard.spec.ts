import { expect, test } from './fixtures'

// Keyboard alone reaches every control of a page, and each shows where the focus is.
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea'

for (const path of ['/', '/settings', '/compose', '/history', '/dashboard']) {
  test(`Tab reaches every control on ${path} with a visible focus`, async ({ page }) => {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    // Menus load after the page is interactive, each standing in as a disabled button until then
    // (useDeferredModule). On a busy machine the network can be idle before they have loaded: take
    // the roll of controls once the last stand-in has become its menu.
    await expect(page.locator('button[disabled]')).toHaveCount(0)
    const controls = await page.locator(FOCUSABLE).evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element, index) => {
          element.setAttribute('data-kb', String(index))
          return String(index)
        }),
    )
    expect(controls.length).toBeGreaterThan(3)

    const reached = new Set<string>()
    // A date input takes three Tabs (month, day, year): room for those, not a lap more.
    const dateInputs = await page.locator('input[type=date]').count()
    for (let press = 0; press < controls.length + 2 * dateInputs + 5; press += 1) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        if (!element || element === document.body) return null
        const style = getComputedStyle(element)
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        const ringed = style.boxShadow !== 'none'
        return {
          id: element.dataset.kb ?? null,
          visible: outlined || ringed,
          html: element.outerHTML.slice(0, 80),
        }
      })
      if (!focused?.id) continue
      expect(focused.visible, `no visible focus on ${focused.html}`).toBe(true)
      reached.add(focused.id)
    }
    expect([...reached].sort()).toEqual([...controls].sort())
  })
}
