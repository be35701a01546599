import { describe, expect, it } from 'vitest'
import { STATUS_WORDS, statusLabel, statusWordOf, wasAccepted, type SessionStatus } from './status'

const STORED: SessionStatus[] = [
  'pending',
  'created',
  'failed',
  'unknown',
  'active',
  'opened',
  'complete',
  'cancelled',
  'expired',
]

describe('the team’s words for stored statuses', () => {
  it('gives every stored status the one word that stands for it', () => {
    for (const status of STORED) {
      const words = Object.entries(STATUS_WORDS)
        .filter(([, { stored }]) => (stored as readonly string[]).includes(status))
        .map(([word]) => word)
      expect(words).toHaveLength(1)
      expect(statusWordOf(status)).toBe(words[0])
    }
    expect(statusWordOf('created')).toBe('sent')
    expect(statusWordOf('active')).toBe('sent')
    expect(statusLabel('complete')).toBe('Accepted')
  })

  it('has no word for a status it does not know, and shows it as stored', () => {
    expect(statusWordOf('archived')).toBeNull()
    expect(statusWordOf('toString')).toBeNull()
    expect(statusLabel('archived')).toBe('archived')
    expect(wasAccepted('archived')).toBe(false)
    expect(wasAccepted('complete')).toBe(true)
  })
})
