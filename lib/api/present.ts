import type { z } from '@/lib/zod'
import type { HistoryRow } from '@/lib/history/row'
import type { SessionSnapshot } from '@/lib/history/session-data'
import type { TemplateListRow } from '@/lib/templates/read-data'
import { statusWordOf } from '@/lib/sessions/status'
import type { apiSessionDetailSchema, apiSessionSchema, apiTemplateSchema } from './api-schemas'

// Stored rows as the API shows them: the team's status words, ISO dates, amounts in minor units.

export function apiSession(row: HistoryRow): z.infer<typeof apiSessionSchema> {
  return {
    id: row.id,
    status: statusWordOf(row.status),
    createdAt: row.createdAt.toISOString(),
    rep: row.repName,
    buyer: {
      name: row.buyerName,
      email: row.buyerEmail,
      company: row.buyerCompany,
      dealReference: row.dealReference,
    },
    products: row.productNames,
    currency: row.currency,
    openingTotalMinor: row.openingTotalMinor,
    agreedTotalMinor: row.agreedTotalMinor,
    discountBp: row.discountBp,
    salesnipId: row.salesnipId,
    link: row.url,
    salesnipUrl: row.salesnipUrl,
  }
}

export function apiSessionDetail(detail: SessionSnapshot): z.infer<typeof apiSessionDetailSchema> {
  return {
    ...apiSession(detail),
    opens: { count: detail.opens.count, firstAt: detail.opens.first?.toISOString() ?? null },
    outcome: detail.outcome as Record<string, unknown>[] | null,
    outcomeReadAt: detail.outcomeReadAt?.toISOString() ?? null,
  }
}

export function apiTemplate(row: TemplateListRow): z.infer<typeof apiTemplateSchema> {
  return {
    id: row.id,
    productId: row.productId,
    name: row.name,
    tags: row.tags,
    prices: row.prices,
    upsellName: row.upsellName,
    updatedAt: row.updatedAt.toISOString(),
  }
}
