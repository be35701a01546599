// Page figures side by side, taken by one client in one run: the bare dynamic page (/bench-bare: no
// sign-in, no database), the signed-in home page, and any page timed against them as a ratio.
import { gzipSync } from 'node:zlib'
import { percentile, report, timeInterleaved } from './measure'

export type PageTimes = { p50: number; p95: number }

export const pageTimes = (samples: number[]): PageTimes => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
})

/** `<name>.ratio_to_<base> <x> x`, from p95s (the figure the goals are set on). */
export function reportRatio(name: string, base: string, value: PageTimes, baseline: PageTimes) {
  report(`${name}.ratio_to_${base}`, value.p95 / baseline.p95, 'x')
}

/** The baselines of one running app: the bare page and the signed-in home page. */
export async function timeBaselines(
  baseUrl: string,
  cookie: string,
  prefix = '',
): Promise<{ bare: PageTimes; home: PageTimes }> {
  // One request of each in turn, so a noisy moment on the machine weighs on both alike.
  const [bare, home] = await timeInterleaved(
    [{ url: `${baseUrl}/bench-bare` }, { url: `${baseUrl}/`, cookie }],
    200,
  )
  const result = { bare: pageTimes(bare!), home: pageTimes(home!) }
  console.log(`${prefix}bare page and home page: 200 requests each, taken in turn`)
  for (const [name, value] of Object.entries(result)) {
    report(`${prefix}${name}_page.p50_ms`, value.p50, 'ms')
    report(`${prefix}${name}_page.p95_ms`, value.p95, 'ms')
  }
  reportRatio(`${prefix}home_page`, 'bare', result.home, result.bare)
  return result
}

/** The console's pages whose first-load JavaScript is weighed (name → path). */
export const WEIGHED_PAGES = {
  bare: '/bench-bare',
  sign_in: '/sign-in',
  home: '/',
  compose: '/compose',
  history: '/history',
  templates: '/templates',
  dashboard: '/dashboard',
  activity: '/activity',
  team: '/team',
  settings: '/settings',
} as const

/**
 * First-load JavaScript of each page: the gzip size of the scripts its HTML makes a browser load
 * (every <script src>, which are Next's module chunks), each compressed at gzip's default level as
 * a server would send it. Reported as `js.<page>.first_load_kb` and as a ratio to the bare page.
 */
export async function weighFirstLoadJs(baseUrl: string, cookie: string): Promise<void> {
  const sizes = new Map<string, number>()
  const weigh = async (src: string) => {
    if (!sizes.has(src)) {
      const response = await fetch(new URL(src, baseUrl))
      if (!response.ok) throw new Error(`GET ${src} answered ${response.status}`)
      sizes.set(src, gzipSync(Buffer.from(await response.arrayBuffer())).length)
    }
    return sizes.get(src)!
  }
  const kb: Record<string, number> = {}
  for (const [name, path] of Object.entries(WEIGHED_PAGES)) {
    // Signed out for the pages that are (a signed-in visit to /sign-in is sent home).
    const signedOut = name === 'bare' || name === 'sign_in'
    const response = await fetch(`${baseUrl}${path}`, {
      headers: signedOut ? {} : { cookie },
      redirect: 'manual',
    })
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
    const html = await response.text()
    const sources = [
      ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)),
    ]
    let bytes = 0
    for (const src of sources) bytes += await weigh(src.replaceAll('&amp;', '&'))
    kb[name] = bytes / 1024
    report(`js.${name}.first_load_kb`, kb[name], 'kB')
  }
  for (const name of Object.keys(WEIGHED_PAGES)) {
    if (name !== 'bare') report(`js.${name}.ratio_to_bare`, kb[name]! / kb.bare!, 'x')
  }
}
