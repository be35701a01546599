// The sandbox's fault injection: test hooks chosen by a create body's `metadata.sandbox_fault`,
// per request, so parallel tests are safe. Each makes the sandbox answer as a failing SaleSnip would.

const SANDBOX_FAULTS = ['500', '429', 'timeout', 'garbage', 'wrong-shape', 'slow'] as const
export type SandboxFault = (typeof SANDBOX_FAULTS)[number]

export const TIMEOUT_FAULT_MS = 15_000 // longer than the client's default 10 s timeout
export const SLOW_FAULT_MS = 2_000

/** The fault a body asks for, if any (an unknown name asks for none). */
export function faultOf(body: unknown): SandboxFault | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const metadata = (body as { metadata?: unknown }).metadata
  if (typeof metadata !== 'object' || metadata === null) return undefined
  const fault = (metadata as Record<string, unknown>).sandbox_fault
  return SANDBOX_FAULTS.find((known) => known === fault)
}

// Faults of the read-back (GET /v1/sessions/{id}), chosen by the created session's
// `metadata.sandbox_read_fault`: every read of that session fails that way.
const READ_FAULTS = ['500', '429', 'timeout', 'garbage'] as const
export type ReadFault = (typeof READ_FAULTS)[number]

export function readFaultOf(metadata: Record<string, string>): ReadFault | undefined {
  return READ_FAULTS.find((known) => known === metadata.sandbox_read_fault)
}
