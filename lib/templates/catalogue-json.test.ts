import { describe, expect, it } from 'vitest'
import { catalogueItemSchema, elementLines, itemToValues } from './catalogue-json'

describe('the catalogue file', () => {
  it('finds the line each product starts on', () => {
    expect(elementLines('[\n{"a":1},\n{"b":"x,\\"{"},\n\n  {"c":[1,2]}\n]')).toEqual([2, 3, 5])
    expect(elementLines('[{"a":1}, {"b":2}]')).toEqual([1, 1])
    expect(elementLines('[]')).toEqual([])
  })

  it('reads SaleSnip’s single price with a currency, or prices by currency', () => {
    const single = catalogueItemSchema.parse({
      id: 'a',
      name: 'A',
      currency: 'JPY',
      price: { initial: 500, minimum: 400 },
    })
    expect(itemToValues(single).prices).toEqual([
      { currency: 'JPY', openingMinor: 500, floorMinor: 400 },
    ])
    const many = catalogueItemSchema.parse({
      id: 'a',
      name: 'A',
      prices: { USD: { initial: 9.99, minimum: 8 } },
    })
    expect(itemToValues(many).prices).toEqual([
      { currency: 'USD', openingMinor: 999, floorMinor: 800 },
    ])
  })

  it('refuses items without a price, with inexact amounts, or with unknown fields', () => {
    expect(catalogueItemSchema.safeParse({ id: 'a', name: 'A' }).success).toBe(false)
    expect(
      catalogueItemSchema.safeParse({
        id: 'a',
        name: 'A',
        prices: { JPY: { initial: 1.5, minimum: 1 } },
      }).success,
    ).toBe(false)
    expect(
      catalogueItemSchema.safeParse({
        id: 'a',
        name: 'A',
        currency: 'USD',
        price: { initial: 1, minimum: 1 },
        colour: 'red',
      }).success,
    ).toBe(false)
  })
})
