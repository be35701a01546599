import { withApiToken } from '@/lib/api/authenticate'
import { exportSessionsFromApi } from '@/lib/api/read-sessions'

export const GET = withApiToken('sessions:read', exportSessionsFromApi)
