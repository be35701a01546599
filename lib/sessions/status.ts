// A session's status as stored: a create attempt's (pending, then created, failed or unknown), and
// once SaleSnip has been read back, its negotiation's (active, complete).

export type AttemptStatus = 'pending' | 'created' | 'failed' | 'unknown'
export type SessionStatus = AttemptStatus | 'active' | 'complete'
/** A session SaleSnip created: its negotiation then reads as active, and complete once accepted. */
export const CREATED_STATUSES = ['created', 'active', 'complete'] as const

export function wasCreated(status: string): boolean {
  return (CREATED_STATUSES as readonly string[]).includes(status)
}

// The one vocabulary the team reads everywhere (History and its filter, a session's page, the CSV,
// the dashboard): words a rep uses, each naming the stored statuses it stands for. "Created" and
// "Active" were two names for one thing a rep knows as "the link is out".
export const STATUS_WORDS = {
  sent: { label: 'Sent', tone: 'neutral', stored: ['created', 'active'] },
  accepted: { label: 'Accepted', tone: 'positive', stored: ['complete'] },
  pending: { label: 'Creating', tone: 'neutral', stored: ['pending'] },
  failed: { label: 'Failed', tone: 'negative', stored: ['failed'] },
  unknown: { label: 'Unknown outcome', tone: 'negative', stored: ['unknown'] },
} as const satisfies Record<
  string,
  { label: string; tone: 'neutral' | 'positive' | 'negative'; stored: readonly SessionStatus[] }
>
export type StatusWord = keyof typeof STATUS_WORDS

export function statusWordOf(status: string): StatusWord | null {
  for (const [word, { stored }] of Object.entries(STATUS_WORDS))
    if ((stored as readonly string[]).includes(status)) return word as StatusWord
  return null
}

/** A stored status in the team's words. */
export function statusLabel(status: string): string {
  const word = statusWordOf(status)
  return word ? STATUS_WORDS[word].label : status
}

/** Whether the buyer agreed: only then are agreed figures shown. */
export const wasAccepted = (status: string) => statusWordOf(status) === 'accepted'
