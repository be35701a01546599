import type { Prisma } from '@/lib/db/types'

// One session as the history lists it: the columns read, and the row the pages, the CSV, the API
// and the webhooks show.

export const rowSelect = {
  id: true,
  createdAt: true,
  status: true,
  buyerName: true,
  buyerEmail: true,
  buyerCompany: true,
  dealReference: true,
  productNames: true,
  productCount: true,
  currency: true,
  openingTotalMinor: true,
  agreedTotalMinor: true,
  discountBp: true,
  salesnipId: true,
  url: true,
  shortUrl: true,
  overrides: true,
  // The rep's name comes from repNames (one small query for a page or a whole export), not from a
  // relation Prisma would join for each row: the export reads a million rows.
  createdById: true,
} as const

export type HistoryRow = {
  id: string
  createdAt: Date
  status: string
  buyerName: string
  buyerEmail: string
  buyerCompany: string
  dealReference: string
  repName: string
  productNames: string[]
  productCount: number
  currency: string
  openingTotalMinor: number
  agreedTotalMinor: number | null
  discountBp: number | null
  salesnipId: string | null
  /** The link to send the buyer: the console's short link when there is one, else SaleSnip's. */
  url: string | null
  /** SaleSnip's own chat address. */
  salesnipUrl: string | null
  /** A floor went below its template's (a manager's override): flagged wherever the row shows. */
  belowFloor: boolean
}

export type Row = Prisma.SalesnipSessionGetPayload<{ select: typeof rowSelect }>

/**
 * A row whose time is given as `Time`: a Date (as Prisma reads it), or the instant's ISO text, as the
 * CSV export keeps it (see lib/history/export-data.ts).
 */
export type Timed<T extends { createdAt: unknown }, Time> = Omit<T, 'createdAt'> & {
  createdAt: Time
}

/**
 * Field by field (in the order the API has always written them), not by rest and spread: V8's slow
 * path there cost 4 µs a row, half a full export's time.
 */
export function toHistoryRow<Time = Date>(
  row: Timed<Row, Time>,
  names: Map<string, string>,
): Timed<HistoryRow, Time> {
  return {
    id: row.id,
    createdAt: row.createdAt,
    status: row.status,
    buyerName: row.buyerName,
    buyerEmail: row.buyerEmail,
    buyerCompany: row.buyerCompany,
    dealReference: row.dealReference,
    productNames: JSON.parse(row.productNames) as string[],
    productCount: row.productCount,
    currency: row.currency,
    openingTotalMinor: Number(row.openingTotalMinor),
    agreedTotalMinor: row.agreedTotalMinor === null ? null : Number(row.agreedTotalMinor),
    discountBp: row.discountBp,
    salesnipId: row.salesnipId,
    url: row.url && (row.shortUrl ?? row.url),
    salesnipUrl: row.url,
    belowFloor: row.overrides !== '[]',
    repName: names.get(row.createdById) ?? 'A former member',
  }
}
