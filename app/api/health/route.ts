import { connection } from 'next/server'

// Readiness for load balancers and for the start benchmark: answers once the server serves requests.
export async function GET() {
  await connection()
  return Response.json({ ok: true })
}
