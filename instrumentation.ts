// Runs once when a server instance starts: the background refresh of negotiation outcomes, and the
// settling of creates whose server stopped mid-call.
export async function register() {
  // Only in the Node.js server (not the edge runtime, not while building).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startOutcomeRefresher } = await import('@/lib/outcomes/background-refresh')
  startOutcomeRefresher()
  const { startSettlingAbandonedCreates } = await import('@/lib/sessions/settle-abandoned')
  startSettlingAbandonedCreates()
}
