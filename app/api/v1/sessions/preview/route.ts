import { withApiToken } from '@/lib/api/authenticate'
import { previewSessionFromApi } from '@/lib/api/create-session'

// The exact JSON a create would send SaleSnip, as the composer's preview shows it.
export const POST = withApiToken('sessions:write', previewSessionFromApi)
