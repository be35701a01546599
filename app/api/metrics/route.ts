import { timingSafeEqual } from 'node:crypto'
import { connection } from 'next/server'
import { env } from '@/lib/env'
import { metrics } from '@/lib/metrics'

// Prometheus scrape endpoint: `Authorization: Bearer $METRICS_TOKEN`. Without a configured token
// the endpoint does not exist.
export async function GET(request: Request) {
  await connection()
  if (!env.METRICS_TOKEN) return new Response('Not Found', { status: 404 })
  const given = Buffer.from(request.headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${env.METRICS_TOKEN}`)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } })
  }
  return new Response(await metrics.registry.metrics(), {
    headers: { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' },
  })
}
