import 'server-only'
import { db } from '@/lib/db/client'
import { searchNormal } from '@/lib/literal-search'
import type { TemplateValues } from './record'
import { recordOf, recordSelect, type TemplateRecord } from './record-row'

export const PAGE_SIZE = 25
export const SORTS = {
  name: 'Name (A–Z)',
  updated: 'Recently changed',
  productId: 'Product id',
} as const
export type TemplateSort = keyof typeof SORTS

export type TemplateListQuery = {
  q?: string
  tag?: string
  currency?: string
  archived?: boolean
  sort?: TemplateSort
  page?: number
}

export type TemplateListRow = {
  id: string
  productId: string
  name: string
  archived: boolean
  tags: string[]
  prices: { currency: string; openingMinor: number }[]
  upsellName: string | null
  updatedAt: Date
}

/** One page of the catalogue: search, filters and sort run in the database (indexed), not in memory. */
export async function listTemplates(
  query: TemplateListQuery,
): Promise<{ rows: TemplateListRow[]; total: number }> {
  const q = query.q?.trim() ? searchNormal(query.q.trim()) : undefined
  const where = {
    archivedAt: query.archived ? { not: null } : null,
    ...(q ? { searchText: { contains: q } } : {}),
    ...(query.tag ? { tags: { some: { tag: query.tag.toLowerCase() } } } : {}),
    ...(query.currency ? { prices: { some: { currency: query.currency } } } : {}),
  }
  const orderBy =
    query.sort === 'updated'
      ? [{ updatedAt: 'desc' as const }, { id: 'asc' as const }]
      : query.sort === 'productId'
        ? [{ productId: 'asc' as const }]
        : [{ name: 'asc' as const }, { id: 'asc' as const }]
  const page = Math.max(1, query.page ?? 1)
  const [templates, total] = await Promise.all([
    db.template.findMany({
      where,
      orderBy,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        productId: true,
        name: true,
        archivedAt: true,
        updatedAt: true,
        tags: { select: { tag: true }, orderBy: { tag: 'asc' } },
        prices: { select: { currency: true, openingMinor: true }, orderBy: { currency: 'asc' } },
        upsell: { select: { name: true } },
      },
    }),
    db.template.count({ where }),
  ])
  return {
    total,
    rows: templates.map((template) => ({
      id: template.id,
      productId: template.productId,
      name: template.name,
      archived: template.archivedAt !== null,
      tags: template.tags.map((row) => row.tag),
      prices: template.prices.map((row) => ({
        currency: row.currency,
        openingMinor: Number(row.openingMinor),
      })),
      upsellName: template.upsell?.name ?? null,
      updatedAt: template.updatedAt,
    })),
  }
}

export async function listTags(): Promise<string[]> {
  const rows = await db.templateTag.findMany({
    distinct: ['tag'],
    select: { tag: true },
    orderBy: { tag: 'asc' },
  })
  return rows.map((row) => row.tag)
}

export type TemplateDetail = {
  id: string
  version: number
  archived: boolean
  values: TemplateValues
  upsell: { id: string; name: string } | null
  crossSells: { id: string; name: string }[]
  upsellOf: { id: string; name: string }[]
}

const detailSelect = {
  ...recordSelect,
  // The detail page names the cross-sells, so it reads them too.
  crossSells: {
    select: { crossSellId: true, crossSell: { select: { id: true, name: true } } },
    orderBy: { position: 'asc' as const },
  },
  upsell: { select: { id: true, name: true } },
  upsellOf: { select: { id: true, name: true }, take: 20 },
}

export async function getTemplate(id: string): Promise<TemplateDetail | null> {
  const row = await db.template.findUnique({ where: { id }, select: detailSelect })
  if (!row) return null
  return {
    ...recordOf(row),
    upsell: row.upsell,
    upsellOf: row.upsellOf,
    crossSells: row.crossSells.map((entry) => entry.crossSell),
  }
}

/** The templates with these ids (archived ones too: a draft may still name them). */
export async function getTemplateRecords(ids: string[]): Promise<TemplateRecord[]> {
  if (ids.length === 0) return []
  const rows = await db.template.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: recordSelect,
  })
  return rows.map(recordOf)
}

/** The upsells these templates name: their ids alone (getTemplateRecords reads them whole). */
export async function getUpsellIds(ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await db.template.findMany({
    where: { id: { in: [...new Set(ids)] }, upsellId: { not: null } },
    select: { upsellId: true },
  })
  return rows.map((row) => row.upsellId!)
}

/** A template's name alone (archived ones too), for a filter that shows which one is chosen. */
export async function getTemplateName(id: string): Promise<string | null> {
  const row = await db.template.findUnique({ where: { id }, select: { name: true } })
  return row?.name ?? null
}

export type TemplateMatch = { id: string; name: string; productId: string }

/**
 * Active templates whose name, product id or tags contain the text: only what ranking needs, at most
 * `take` (a few hundred light rows, so the best match is among them even in a large catalogue).
 */
export async function findActiveTemplateMatches(
  text: string,
  take: number,
): Promise<TemplateMatch[]> {
  const q = searchNormal(text.trim())
  return db.template.findMany({
    where: { archivedAt: null, ...(q ? { searchText: { contains: q } } : {}) },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take,
    select: { id: true, name: true, productId: true },
  })
}

export type TemplateOption = { id: string; name: string; productId: string; hasUpsell: boolean }

/** Active templates to pick as upsells and cross-sells. */
export async function listTemplateOptions(): Promise<TemplateOption[]> {
  const rows = await db.template.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, productId: true, upsellId: true },
    orderBy: { name: 'asc' },
  })
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    productId: row.productId,
    hasUpsell: row.upsellId !== null,
  }))
}
