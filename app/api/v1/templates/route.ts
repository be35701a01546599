import { withApiToken } from '@/lib/api/authenticate'
import { listTemplatesFromApi } from '@/lib/api/read-templates'

export const GET = withApiToken('templates:read', listTemplatesFromApi)
