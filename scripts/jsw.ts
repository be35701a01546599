import { gzipSync } from 'node:zlib'
import { startApp } from './tools/bench/measure'
import { signInAsAdmin } from './tools/bench/sign-in'
const app = await startApp({ DATABASE_URL: 'file:./data/jsw.db' })
try {
  const cookie = await signInAsAdmin(app.baseUrl)
  const pages = process.argv.slice(2)
  const sizes = new Map<string, { kb: number; tags: string }>()
  for (const path of pages) {
    const signedOut = path === '/bench-bare' || path === '/sign-in'
    const html = await (await fetch(app.baseUrl + path, { headers: signedOut ? {} : { cookie } })).text()
    const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))]
    let total = 0
    const rows: string[] = []
    for (const src of srcs) {
      if (!sizes.has(src)) {
        const text = await (await fetch(new URL(src.replaceAll('&amp;', '&'), app.baseUrl))).text()
        const tags = ['zod', 'react-hook-form', 'sonner', 'radix', 'lucide', 'nuqs', 'next-safe-action', 'better-auth', 'qrcode', 'cmdk', 'date-fns', 'ZodError', 'useForm', 'data-sonner', 'DismissableLayer', 'Popper', 'floating-ui', 'react-dom'].filter((t) => text.includes(t)).join(',')
        sizes.set(src, { kb: gzipSync(Buffer.from(text)).length / 1024, tags })
      }
      const s = sizes.get(src)!
      total += s.kb
      rows.push(`  ${s.kb.toFixed(1).padStart(6)} ${src.split('/').pop()} ${s.tags}`)
    }
    console.log(path, total.toFixed(1), 'kB')
    console.log(rows.join('\n'))
  }
} finally { app.stop() }
