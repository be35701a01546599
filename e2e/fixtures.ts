import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

// Every page a test visits is checked with axe: call `expectAccessible(page)` after each visit,
// and the fixture checks the page the test ends on as well. Serious and critical violations fail.
export async function expectAccessible(page: Page): Promise<void> {
  // Judge what a person sees: not a toast or dialog halfway through fading in.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  )
  // Nor a page halfway through a refresh: after a server action that revalidates, React swaps the
  // page's streamed metadata and its <title> can be briefly absent (seen once in CI on
  // /templates/import). A page that has no title at all still fails: after this wait, axe says so.
  await page
    .waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 })
    .catch(() => {})
  const results = await new AxeBuilder({ page }).analyze()
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  const summary = blocking.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
  expect(summary, `Accessibility violations on ${page.url()}`).toEqual([])
}

export const test = base.extend<{ accessibilityCheck: void }>({
  accessibilityCheck: [
    async ({ page }, use) => {
      await use()
      if (page.url().startsWith('http')) await expectAccessible(page)
    },
    { auto: true },
  ],
})

export { expect }

/** A name no other test (or earlier run) uses, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
