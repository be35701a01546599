// Runs once when a server instance starts: its share of the background work (lib/jobs): reading
// outcomes back, settling creates whose server stopped mid-call, sending emails.
export async function register() {
  // Only in the Node.js server (not the edge runtime, not while building).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startJobs } = await import('@/lib/jobs/queue')
  // A queue that cannot start (the database is down) is logged and tried again in the background;
  // requests are still served and the readiness check reports the database.
  await startJobs()
}
