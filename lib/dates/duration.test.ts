import { describe, expect, it } from 'vitest'
import { formatDuration } from './duration'

describe('formatDuration', () => {
  it('uses the unit a person would', () => {
    expect(formatDuration(45)).toBe('45 s')
    expect(formatDuration(720)).toBe('12 min')
    expect(formatDuration(5 * 3_600)).toBe('5 h')
    expect(formatDuration(3 * 86_400)).toBe('3 days')
  })
})
