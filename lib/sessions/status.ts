// A session's status: a create attempt's (pending, then created, failed or unknown), and once
// SaleSnip has been read back, its negotiation's (active, complete).

export type AttemptStatus = 'pending' | 'created' | 'failed' | 'unknown'
export type SessionStatus = AttemptStatus | 'active' | 'complete'
/** A session SaleSnip created: its negotiation then reads as active, and complete once accepted. */
export const CREATED_STATUSES = ['created', 'active', 'complete'] as const

export function wasCreated(status: string): boolean {
  return (CREATED_STATUSES as readonly string[]).includes(status)
}
