import { percentOfBp } from '@/lib/percent'
import { formatMoney } from '@/lib/salesnip/money'

// The feed's sentences, written once when the event happens (so they read as they were true then):
// "Acme accepted Pro (annual) at $1,840.00 (−8 %)", "Globex cancelled", "Initech opened the link".

export type EventKind = 'opened' | 'accepted' | 'cancelled' | 'expired' | 'failed' | 'created'

export type EventSubject = {
  buyerName: string
  buyerCompany: string
  productNames: string[]
  currency: string
}

/** Who the session is for, as a rep would say it: the company, else the buyer, else "A buyer". */
export function buyerLabel(subject: EventSubject): string {
  return subject.buyerCompany || subject.buyerName || 'A buyer'
}

/** "Pro", "Pro and Seats", "Pro, Seats and 2 more". */
export function productList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'the offer'
  if (names.length === 2) return `${names[0]} and ${names[1]}`
  return `${names[0]}, ${names[1]} and ${names.length - 2} more`
}

function discountText(discountBp: number | null): string {
  if (!discountBp) return ''
  const percent = percentOfBp(Math.abs(discountBp))
  return ` (${discountBp > 0 ? '−' : '+'}${percent} %)`
}

export function eventSentence(
  kind: EventKind,
  subject: EventSubject,
  agreed?: { totalMinor: number; discountBp: number | null },
): string {
  const who = buyerLabel(subject)
  switch (kind) {
    case 'opened':
      return `${who} opened the link`
    case 'accepted': {
      const price = agreed ? ` at ${formatMoney(agreed.totalMinor, subject.currency)}` : ''
      return `${who} accepted ${productList(subject.productNames)}${price}${discountText(agreed?.discountBp ?? null)}`
    }
    case 'cancelled':
      return `${who} cancelled`
    case 'expired':
      return `${who}'s link expired without an answer`
    case 'failed':
      return `The session for ${who} could not be created`
    case 'created':
      return `A session for ${who} was created: ${productList(subject.productNames)}`
  }
}
