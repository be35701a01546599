import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isSandboxServed } from '@/lib/settings/connection-data'
import { findSandboxSession } from '@/lib/salesnip/sandbox/data'
import { buyerViewOf } from '@/lib/salesnip/sandbox/buyer-view'
import { ChatRoom } from './chat-room'

export const metadata: Metadata = { title: 'Negotiate (SaleSnip sandbox)' }

// The buyer's page of a sandbox session: what SaleSnip's hosted chat is to a real session.
export default async function SandboxChatPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const session = (await isSandboxServed()) ? await findSandboxSession(id) : null
  if (!session) notFound()
  return (
    <main className="mx-auto grid min-h-dvh max-w-3xl content-start gap-6 p-4 sm:p-8">
      <header>
        <p className="text-sm text-muted-foreground">SaleSnip sandbox · not a real negotiation</p>
        <h1 className="text-2xl font-semibold">Let’s find a price</h1>
      </header>
      <ChatRoom sessionId={session.id} status={session.status} state={buyerViewOf(session.state)} />
    </main>
  )
}
