import { toMajorUnits, toMinorUnitsRounded } from '@/lib/salesnip/money'

// A fixed seed: the same count gives the same history, so benchmark runs compare.
// mulberry32: small, fast, and exact in 32-bit integer arithmetic.
const SEED = 20261125
let state = SEED

/**
 * Starts the sequence again: the same count gives the same history. `stream` starts another one (a
 * history grown from 100,000 to 1,000,000 must not draw the first 100,000's SaleSnip ids again).
 */
export function resetRandom(stream = 0): void {
  state = (SEED + Math.imul(stream, 0x9e3779b9)) | 0
}

export function random(): number {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
export const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

export function hex(length: number): string {
  let text = ''
  while (text.length < length) text += Math.floor(random() * 16).toString(16)
  return text
}

/** A price between the floor and the opening price, exact in the currency (major units). */
export function agreedBetween(minimum: number, initial: number, currency: string): number {
  const floor = toMinorUnitsRounded(minimum, currency)
  const opening = toMinorUnitsRounded(initial, currency)
  return toMajorUnits(Math.round(floor + random() * (opening - floor)), currency)
}
