import { handleGet } from '@/lib/salesnip/sandbox/http'
import { inSandboxMode } from '../../../sandbox-route'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return inSandboxMode(request, (chatBase) => handleGet(request, id, chatBase))
}
