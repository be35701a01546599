import 'server-only'
import { db } from '@/lib/db/client'

// Fixed-window counters in the database, so a limit holds across every app instance.

type Window = { key: string; limit: number; windowMs: number }
type WindowState = { count: number; retryAfterSeconds: number }

/** Counts one event in the key's window (starting a new window when the last one ended). */
export async function countEvent({ key, windowMs }: Omit<Window, 'limit'>): Promise<WindowState> {
  const now = Date.now()
  // One statement, atomic on both databases (ON CONFLICT … RETURNING: SQLite ≥ 3.35, PostgreSQL).
  const rows = await db.$queryRaw<{ count: number | bigint; windowStart: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${now - windowMs} THEN 1
                     ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${now - windowMs} THEN ${now}
                           ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`
  const row = rows[0]
  if (!row) throw new Error('rate limit upsert returned no row')
  return toState(Number(row.count), Number(row.windowStart), windowMs, now)
}

/** The key's current window, without counting anything. */
export async function readWindow({ key, windowMs }: Omit<Window, 'limit'>): Promise<WindowState> {
  const now = Date.now()
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key },
    select: { count: true, windowStart: true },
  })
  if (!bucket || Number(bucket.windowStart) <= now - windowMs)
    return { count: 0, retryAfterSeconds: 0 }
  return toState(bucket.count, Number(bucket.windowStart), windowMs, now)
}

function toState(count: number, windowStart: number, windowMs: number, now: number): WindowState {
  return { count, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) }
}
