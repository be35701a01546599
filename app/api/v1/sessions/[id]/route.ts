import { withApiToken } from '@/lib/api/authenticate'
import { readSessionFromApi } from '@/lib/api/read-sessions'

export const GET = withApiToken<{ id: string }>('sessions:read', readSessionFromApi)
