import { describe, expect, it } from 'vitest'
import { formatMoney, minorToPlainText, toMajorUnits, toMinorUnits } from './money'

describe('money conversion', () => {
  it('converts USD exactly, with no float drift', () => {
    expect(toMinorUnits(19.99, 'USD')).toBe(1999)
    expect(toMinorUnits('0.29', 'USD')).toBe(29)
    expect(toMinorUnits(1.005, 'USD')).toBeNull() // three decimals is not a USD amount
    expect(toMajorUnits(1999, 'USD')).toBe(19.99)
    expect(String(toMajorUnits(1999, 'USD'))).toBe('19.99')
    expect(minorToPlainText(5, 'USD')).toBe('0.05')
  })

  it('has no minor units for JPY', () => {
    expect(toMinorUnits(500, 'JPY')).toBe(500)
    expect(toMinorUnits('500.0', 'JPY')).toBe(500)
    expect(toMinorUnits(500.5, 'JPY')).toBeNull()
    expect(toMajorUnits(500, 'JPY')).toBe(500)
    expect(formatMoney(500, 'JPY')).toBe('¥500')
  })

  it('has three decimals for KWD', () => {
    expect(toMinorUnits(1.25, 'KWD')).toBe(1250)
    expect(toMinorUnits('0.005', 'KWD')).toBe(5)
    expect(toMajorUnits(1250, 'KWD')).toBe(1.25)
    expect(minorToPlainText(1250, 'KWD')).toBe('1.250')
  })

  it('uses two decimals for codes outside ISO 4217', () => {
    expect(toMinorUnits(12.5, 'CKD')).toBe(1250)
    expect(toMajorUnits(1250, 'CKD')).toBe(12.5)
    expect(formatMoney(1250, 'CKD')).toMatch(/CKD\s?12\.50/)
  })

  it('formats each locale and currency in its own way, however often it is asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatMoney(123_456, 'EUR', 'de')).toBe('1.234,56\u00a0€')
      expect(formatMoney(123_456, 'EUR')).toBe('€1,234.56')
      expect(formatMoney(123_456, 'JPY')).toBe('¥123,456')
      expect(formatMoney(-5, 'USD')).toBe('-$0.05')
      expect(formatMoney(1250, 'no such code')).toBe('no such code 12.50')
    }
  })

  it('round-trips every cent from 0 to 100.00', () => {
    for (let minor = 0; minor <= 10_000; minor += 1) {
      expect(toMinorUnits(toMajorUnits(minor, 'EUR'), 'EUR')).toBe(minor)
    }
  })

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-1', '1e3', '1.2.3', Number.NaN, -5, 1e21]) {
      expect(toMinorUnits(bad, 'USD')).toBeNull()
    }
  })
})
