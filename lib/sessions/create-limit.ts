import { env } from '@/lib/env'

/** Creates a member may start per minute (new keys only; replays are free), counted in the database. */
export const CREATE_LIMIT = { perMinute: env.CREATE_SESSIONS_PER_MINUTE, windowMs: 60_000 }
