/** A moment as the session's page writes it: in UTC, said so, the same for every reader. */
export function when(date: Date): string {
  return `${date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`
}
