import { connection } from 'next/server'
import { checkReadiness } from '@/lib/db/health-data'

// Readiness for load balancers: 200 only when this instance can serve (database readable and
// writable, every migration applied); 503 with the reasons otherwise.
export async function GET() {
  await connection()
  const readiness = await checkReadiness()
  return Response.json(
    { ok: readiness.ready, problems: readiness.problems },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
