import type { Page } from '@playwright/test'
import { consolePages } from './console-pages'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, createSession, sessionOf } from './sessions'

// Every page passes its own Content Security Policy (nonce-based scripts, no 'unsafe-eval'), and
// every response carries the security headers the hostile review found missing.

async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`)
    })
  })
  return violations
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path)
  await page.waitForLoadState('networkidle')
  const headers = response!.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
  expect(csp, path).toContain("frame-ancestors 'none'")
  expect(csp, path).not.toContain('unsafe-eval')
  expect(headers['x-frame-options'], path).toBe('DENY')
  expect(headers['x-content-type-options'], path).toBe('nosniff')
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
}

test('every console page runs under its CSP with no violation', async ({ page }) => {
  test.setTimeout(120_000)
  const violations = await watchCsp(page)
  for (const path of [...(await consolePages(page, 'Csp buyer')), '/no-such-page']) {
    await visit(page, path)
  }
  expect(violations).toEqual([])
})

test('the signed-out pages and the buyer chat run under their CSP too', async ({
  page,
  browser,
}) => {
  const buyer = uniqueName('Csp chat')
  await createSession(page, await composeInput({ name: buyer }))
  const { url } = await sessionOf(buyer)
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const visitor = await context.newPage()
  const violations = await watchCsp(visitor)
  for (const path of ['/sign-in', '/invite/not-a-token', new URL(url).pathname]) {
    await visit(visitor, path)
  }
  await expect(visitor.getByRole('button', { name: 'Accept the deal' })).toBeVisible()
  expect(violations).toEqual([])
  await context.close()
})
