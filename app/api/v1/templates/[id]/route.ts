import { withApiToken } from '@/lib/api/authenticate'
import { readTemplateFromApi } from '@/lib/api/read-templates'

export const GET = withApiToken<{ id: string }>('templates:read', readTemplateFromApi)
