import { Badge } from '@/components/ui/badge'
import { STATUS_WORDS, statusWordOf } from '@/lib/sessions/status'

/** A session's status in the team's words (never by colour alone). */
export function SessionStatusBadge({ status }: { status: string }) {
  const word = statusWordOf(status)
  if (!word) return <Badge tone="neutral">{status}</Badge>
  return <Badge tone={STATUS_WORDS[word].tone}>{STATUS_WORDS[word].label}</Badge>
}
