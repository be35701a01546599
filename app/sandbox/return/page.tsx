import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Back from the sandbox chat' }

type ReturnPageProps = { searchParams: Promise<{ outcome?: string; session?: string }> }

// A landing page for the sandbox's callbacks, so a local demo has somewhere to return to.
export default async function SandboxReturnPage({ searchParams }: ReturnPageProps) {
  const { outcome, session } = await searchParams
  return (
    <main className="mx-auto grid min-h-dvh max-w-md place-content-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">
        {outcome === 'cancel' ? 'The buyer cancelled' : 'The buyer accepted'}
      </h1>
      <p className="text-muted-foreground">
        The SaleSnip sandbox sent the buyer back here{session ? ` for session ${session}` : ''}.
      </p>
    </main>
  )
}
