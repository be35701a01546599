import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { env } from '@/lib/env'

// The benchmark's baseline (`npm run bench`): a dynamic page with no sign-in, no database and no
// client code of its own, timed and weighed beside the console's pages. Off unless BENCH_BARE_PAGE.

export default async function BareBenchmarkPage() {
  await connection()
  if (env.BENCH_BARE_PAGE !== 'true') notFound()
  return (
    <main>
      <h1>Bare page</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </main>
  )
}
