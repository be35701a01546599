// Email goes out for the events a rep acts on: an accept, a cancel, a link that expired. Opens are
// only in the feed (a buyer may open a link ten times).
const EMAILED = new Set<string>(['accepted', 'cancelled', 'expired'])

export const isEmailedEvent = (kind: string) => EMAILED.has(kind)
