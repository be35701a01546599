import { describe, expect, it } from 'vitest'
import { firstValues, pageNumber } from './search-params'

describe('values from the address', () => {
  it('reads a page number as a whole number from 1 to 10,000, anything else as page 1', () => {
    expect(pageNumber('3')).toBe(3)
    for (const value of ['1e308', '-1', '0', '2.5', 'abc', '', undefined, '9'.repeat(400)]) {
      expect(pageNumber(value)).toBe(1)
    }
    expect(pageNumber('99999')).toBe(10_000)
  })

  it('takes the first of repeated keys', () => {
    expect(firstValues({ q: ['a', 'b'], r: 'c', s: undefined })).toEqual({ q: 'a', r: 'c' })
  })
})
