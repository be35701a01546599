import { currencyDecimals } from './currency-list'

// Money inside the app is an integer count of a currency's minor units (cents, fils, yen). SaleSnip
// takes plain numbers in major units (100, 80, 19.99). This is the one place that converts, and it
// works on decimal digits, never by multiplying floats: 19.99 USD is 1999, never 1998.9999999999998.

/** Major units (a number or the text typed in a form) to minor units; null when not exact. */
export function toMinorUnits(major: number | string, currency: string): number | null {
  const decimals = currencyDecimals(currency)
  const text = typeof major === 'number' ? numberToPlainText(major) : major.trim()
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text)
  if (!match) return null
  const [, whole = '', fraction = ''] = match
  const significant = fraction.replace(/0+$/, '')
  if (significant.length > decimals) return null // more precision than the currency has
  const minor = Number(whole + fraction.padEnd(decimals, '0').slice(0, decimals))
  return Number.isSafeInteger(minor) ? minor : null
}

/** Minor units to the major-unit number SaleSnip expects (1999 USD → 19.99, 500 JPY → 500). */
export function toMajorUnits(minor: number, currency: string): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an integer amount: ${minor}`)
  return Number(minorToPlainText(minor, currency))
}

/** Minor units as the plain text of major units, for inputs (1999 USD → "19.99", 5 KWD → "0.005"). */
export function minorToPlainText(minor: number, currency: string): string {
  const decimals = currencyDecimals(currency)
  const sign = minor < 0 ? '-' : ''
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0')
  if (decimals === 0) return sign + digits
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
}

/** For people: "$19.99", "¥500", "KWD 1.250"; non-ISO codes show their code. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const format = moneyFormat(locale, currency)
  if (!format) return `${currency} ${minorToPlainText(minor, currency)}`
  return format.format(toMajorUnits(minor, currency))
}

/**
 * One formatter per locale and currency, made once: making one costs tens of microseconds, which
 * was a millisecond of every History page (two amounts on each of 25 rows). Null where Intl knows
 * no such currency. Cleared if ever it holds more than any team's currencies would make.
 */
const moneyFormats = new Map<string, Intl.NumberFormat | null>()
function moneyFormat(locale: string, currency: string): Intl.NumberFormat | null {
  const key = `${locale} ${currency}`
  let format = moneyFormats.get(key)
  if (format !== undefined) return format
  const decimals = currencyDecimals(currency)
  try {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
  } catch {
    format = null
  }
  if (moneyFormats.size >= 1_000) moneyFormats.clear()
  moneyFormats.set(key, format)
  return format
}

// 1e21 and 1e-7 print in exponent form; amounts are far from both, but refuse rather than misread.
function numberToPlainText(value: number): string {
  if (!Number.isFinite(value) || value < 0) return 'invalid'
  const text = String(value)
  return /e/i.test(text) ? 'invalid' : text
}

/**
 * A major-unit number SaleSnip reports (a negotiated price may have any decimals) to minor units,
 * rounded half away from zero: for reading outcomes, never for what we send.
 */
export function toMinorUnitsRounded(major: number, currency: string): number {
  const exact = toMinorUnits(major, currency)
  if (exact !== null) return exact
  const factor = 10 ** currencyDecimals(currency)
  return Math.sign(major) * Math.round(Math.abs(major) * factor)
}
