import { connection } from 'next/server'

// Liveness: the process serves requests (whatever the database says; restart only if this fails).
export async function GET() {
  await connection()
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
}
