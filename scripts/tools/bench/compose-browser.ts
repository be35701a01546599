// Compose in Chromium with 50 products and 10 cross-sells: how long adding a product takes at the 1st line and at the
// 50th, and how long a keystroke takes to reach the request preview. Timed inside the page (from the
// event to the next frame after the DOM shows the change), so Playwright's own round trips are not
// counted. Needs the bench catalogue (`fillCatalogue`): names "Pro 0", "Pro 1", … are distinct.
import { chromium, type Page } from '@playwright/test'
import { percentile, report } from './measure'

const PRODUCTS = 50
const CROSS_SELLS = 10
const KEYSTROKES = 40

// Kept as source text: tsx's transform adds helpers (`__name`) a function passed to the page lacks.
const IN_PAGE = `([act, argument]) =>
  new Promise((resolve) => {
    const started = performance.now()
    const ready = () =>
      act === 'type'
        ? (document.querySelector('[aria-label="Request body, formatted"]')?.textContent ?? '')
            .includes(argument)
        : document.querySelectorAll('[aria-labelledby="' + act + '-title"] > ol > li > fieldset').length ===
          Number(argument)
    const observer = new MutationObserver(() => {
      if (!ready()) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    if (act !== 'type') {
      const input = document.getElementById(act === 'products' ? 'product-picker' : 'cross-sell-picker')
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    } else {
      const input = document.querySelector('input[name="buyer.name"]')
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, argument)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
  })`

/** In the page: acts, then resolves with the ms until the DOM shows the change and a frame passed. */
function timeInPage(
  page: Page,
  act: 'products' | 'cross-sells' | 'type',
  argument: string,
): Promise<number> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify([act, argument])})`) as Promise<number>
}

async function add(
  page: Page,
  list: 'products' | 'cross-sells',
  name: string,
  expectedCount: number,
): Promise<number> {
  const picker = list === 'products' ? 'product-picker' : 'cross-sell-picker'
  await page.locator(`#${picker}`).fill(name)
  // The highlighted option is the one Enter adds: wait until the search has put `name` first.
  await page
    .locator(`#${picker}-option-0[aria-selected="true"]`)
    .filter({ hasText: new RegExp(`^${name}(?!\\d)`) })
    .waitFor()
  return timeInPage(page, list, String(expectedCount))
}

export async function benchComposeInBrowser(baseUrl: string, cookie: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const [name, value] = cookie.split('=') as [string, string]
    await context.addCookies([{ name, value, url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}/compose`)
    await page.getByRole('combobox', { name: 'Add a product' }).waitFor()

    const adds: number[] = []
    for (let i = 0; i < PRODUCTS; i += 1) adds.push(await add(page, 'products', `Pro ${i}`, i + 1))
    console.log(`compose (Chromium): ${PRODUCTS} products added one by one with Enter`)
    report('compose.add_product.first_ms', adds[0]!, 'ms')
    report('compose.add_product.50th_ms', adds[PRODUCTS - 1]!, 'ms')
    report('compose.add_product.p95_ms', percentile(adds, 95), 'ms')

    for (let i = 0; i < CROSS_SELLS; i += 1) await add(page, 'cross-sells', `Starter ${i}`, i + 1)

    const keystrokes: number[] = []
    let typed = 'Bench buyer '
    for (let i = 0; i < KEYSTROKES; i += 1) {
      typed += String.fromCharCode(97 + (i % 26))
      keystrokes.push(await timeInPage(page, 'type', typed))
    }
    console.log(
      `compose (Chromium): ${KEYSTROKES} keystrokes in the buyer's name, ${PRODUCTS} products and ${CROSS_SELLS} cross-sells`,
    )
    report('compose.keystroke_to_preview.p50_ms', percentile(keystrokes, 50), 'ms')
    report('compose.keystroke_to_preview.p95_ms', percentile(keystrokes, 95), 'ms')
  } finally {
    await browser.close()
  }
}
