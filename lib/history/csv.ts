import { minorToPlainText } from '@/lib/salesnip/money'
import { statusLabel, wasAccepted } from '@/lib/sessions/status'
import type { ExportRow } from './export-data'

// The history as CSV (RFC 4180, UTF-8). Amounts are plain major units of the row's currency.
// No internal ids and no secrets: the SaleSnip session id and link are what a team shares anyway.

const CSV_COLUMNS: { header: string; value: (row: ExportRow) => string }[] = [
  { header: 'created_at', value: (row) => row.createdAt }, // ISO 8601, UTC
  {
    header: 'status',
    value: (row) => statusLabel(row.status),
  },
  { header: 'buyer_name', value: (row) => row.buyerName },
  { header: 'buyer_email', value: (row) => row.buyerEmail },
  { header: 'company', value: (row) => row.buyerCompany },
  { header: 'deal_reference', value: (row) => row.dealReference },
  { header: 'rep', value: (row) => row.repName },
  { header: 'products', value: (row) => row.productNames.join('; ') },
  { header: 'currency', value: (row) => row.currency },
  {
    header: 'opening_total',
    value: (row) => minorToPlainText(row.openingTotalMinor, row.currency),
  },
  {
    header: 'agreed_total',
    // Agreed figures only once the buyer agreed: a live negotiation's current price is no deal.
    value: (row) =>
      row.agreedTotalMinor === null || !wasAccepted(row.status)
        ? ''
        : minorToPlainText(row.agreedTotalMinor, row.currency),
  },
  {
    header: 'discount_percent',
    value: (row) =>
      row.discountBp === null || !wasAccepted(row.status) ? '' : (row.discountBp / 100).toFixed(2),
  },
  { header: 'salesnip_session_id', value: (row) => row.salesnipId ?? '' },
  { header: 'link', value: (row) => row.url ?? '' },
]

/**
 * One CSV field. A value a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage
 * return first, even after spaces) gets a leading apostrophe, as OWASP advises. Then every field
 * holding a separator any spreadsheet may split on (comma, semicolon, tab), a quote or a line break
 * is quoted (RFC 4180), so "x;=1+1" stays one cell that starts with x.
 */
export function csvField(value: string): string {
  const safe = /^\s*[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.map((column) => column.header).join(',')}\r\n`
}

export function csvLine(row: ExportRow): string {
  return `${CSV_COLUMNS.map((column) => csvField(column.value(row))).join(',')}\r\n`
}
