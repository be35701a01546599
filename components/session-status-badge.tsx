import { Badge } from '@/components/ui/badge'

const LABELS: Record<string, { label: string; tone: 'neutral' | 'positive' | 'negative' }> = {
  pending: { label: 'In progress', tone: 'neutral' },
  created: { label: 'Created', tone: 'neutral' },
  active: { label: 'Active', tone: 'neutral' },
  complete: { label: 'Complete', tone: 'positive' },
  failed: { label: 'Failed', tone: 'negative' },
  unknown: { label: 'Unknown outcome', tone: 'negative' },
}

/** A session's status in words (never by colour alone). */
export function SessionStatusBadge({ status }: { status: string }) {
  const { label, tone } = LABELS[status] ?? { label: status, tone: 'neutral' as const }
  return <Badge tone={tone}>{label}</Badge>
}
