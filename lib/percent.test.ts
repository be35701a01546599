import { describe, expect, it } from 'vitest'
import { percentOfBp } from './percent'

describe('percentOfBp', () => {
  it('writes basis points as a percentage to one decimal, grouped as English writes numbers', () => {
    expect(percentOfBp(1250)).toBe('12.5')
    expect(percentOfBp(464)).toBe('4.6')
    expect(percentOfBp(1000)).toBe('10')
    expect(percentOfBp(5)).toBe('0.1')
    expect(percentOfBp(4)).toBe('0')
    expect(percentOfBp(123_456)).toBe('1,234.6')
  })
})
