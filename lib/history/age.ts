/** How long ago, the way a list says it: "just now", "5 min ago", "3 h ago", "12 days ago", a date. */
export function ageOf(then: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000))
  if (seconds < 60) return 'just now'
  if (seconds < 3_600) return `${Math.floor(seconds / 60)} min ago`
  if (seconds < 86_400) return `${Math.floor(seconds / 3_600)} h ago`
  const days = Math.floor(seconds / 86_400)
  if (days < 31) return `${days} day${days === 1 ? '' : 's'} ago`
  return then.toISOString().slice(0, 10)
}
