import { withApiToken } from '@/lib/api/authenticate'
import { createSessionFromApi } from '@/lib/api/create-session'
import { listSessionsFromApi } from '@/lib/api/read-sessions'

// POST: create a session from templates (Idempotency-Key header). GET: the history, filtered and
// paged as on the History page.
export const POST = withApiToken('sessions:write', createSessionFromApi)
export const GET = withApiToken('sessions:read', listSessionsFromApi)
