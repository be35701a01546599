import { handleCreate } from '@/lib/salesnip/sandbox/http'
import { inSandboxMode } from '../../sandbox-route'

export async function POST(request: Request) {
  return inSandboxMode(request, (chatBase) => handleCreate(request, chatBase))
}
