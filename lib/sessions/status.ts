// A session's status as stored: a create attempt's (pending, then created, failed or unknown), and
// then its negotiation's: active once read back, opened when the buyer followed the console's short
// link, complete once SaleSnip reports the buyer accepted, cancelled when the buyer came back through
// the cancel callback (SaleSnip itself never reports it), expired after a while without activity.

export type AttemptStatus = 'pending' | 'created' | 'failed' | 'unknown'
export type SessionStatus =
  AttemptStatus | 'active' | 'opened' | 'complete' | 'cancelled' | 'expired'
/** A session SaleSnip created, whatever became of its negotiation. */
export const CREATED_STATUSES = [
  'created',
  'active',
  'opened',
  'complete',
  'cancelled',
  'expired',
] as const
/** The buyer answered (accepted or cancelled), which needs the chat open: it was opened. */
export const ANSWERED_STATUSES = ['complete', 'cancelled'] as const
/** Created sessions still negotiating: read back on a schedule until accepted or expired. */
export const LIVE_STATUSES = ['created', 'active', 'opened', 'cancelled'] as const

export function wasCreated(status: string): boolean {
  return (CREATED_STATUSES as readonly string[]).includes(status)
}

// The one vocabulary the team reads everywhere (History and its filter, a session's page, the CSV,
// the dashboard): words a rep uses, each naming the stored statuses it stands for. "Created" and
// "Active" were two names for one thing a rep knows as "the link is out". In the order of a deal.
export const STATUS_WORDS = {
  sent: { label: 'Sent', tone: 'neutral', stored: ['created', 'active'] },
  opened: { label: 'Opened', tone: 'neutral', stored: ['opened'] },
  accepted: { label: 'Accepted', tone: 'positive', stored: ['complete'] },
  cancelled: { label: 'Cancelled', tone: 'negative', stored: ['cancelled'] },
  expired: { label: 'Expired', tone: 'neutral', stored: ['expired'] },
  pending: { label: 'Creating', tone: 'neutral', stored: ['pending'] },
  failed: { label: 'Failed', tone: 'negative', stored: ['failed'] },
  unknown: { label: 'Unknown outcome', tone: 'negative', stored: ['unknown'] },
} as const satisfies Record<
  string,
  { label: string; tone: 'neutral' | 'positive' | 'negative'; stored: readonly SessionStatus[] }
>
export type StatusWord = keyof typeof STATUS_WORDS

/**
 * Each stored status's word, looked up rather than searched for: History asks twice a row and the
 * CSV export three times, and the search (Object.entries at every call) cost 0.8 µs a time.
 */
const WORD_OF_STORED: ReadonlyMap<string, StatusWord> = new Map(
  (Object.keys(STATUS_WORDS) as StatusWord[]).flatMap((word) =>
    STATUS_WORDS[word].stored.map((stored) => [stored, word] as const),
  ),
)

export function statusWordOf(status: string): StatusWord | null {
  return WORD_OF_STORED.get(status) ?? null
}

/** A stored status in the team's words. */
export function statusLabel(status: string): string {
  const word = statusWordOf(status)
  return word ? STATUS_WORDS[word].label : status
}

/** Whether the buyer agreed: only then are agreed figures shown. */
export const wasAccepted = (status: string) => statusWordOf(status) === 'accepted'

/**
 * A created session's status after SaleSnip reported it: accepted whenever SaleSnip says so;
 * otherwise what the console learned itself (opened, cancelled) stands, and a plain "sent" becomes
 * active (read at least once).
 */
export function statusAfterRead(current: string, reported: 'active' | 'complete'): SessionStatus {
  if (reported === 'complete') return 'complete'
  if (current === 'opened' || current === 'cancelled' || current === 'expired') return current
  return 'active'
}
