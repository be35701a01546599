import 'server-only'
import { diff } from '@/lib/audit/changes'
import { recordAuditEvent } from '@/lib/audit/data'
import { db } from '@/lib/db/client'
import {
  catalogueItemSchema,
  elementLines,
  itemToValues,
  valuesToItem,
  type CatalogueItem,
} from './catalogue-json'
import { auditView } from './audit-view'
import { getTemplate } from './read-data'
import { templateColumns, writeTemplateChildren } from './write-data'

type ImportProblem = { line: number | null; path: string; message: string }
type ImportResult =
  { ok: true; created: number; updated: number } | { ok: false; problems: ImportProblem[] }

/**
 * Imports a catalogue file: every item is checked first (shape, money, links, one-level upsells),
 * and nothing is written unless all are valid. Items update the template with the same product id,
 * or create one.
 */
export async function importCatalogue(text: string, actorId: string): Promise<ImportResult> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      problems: [{ line: null, path: '', message: `Not valid JSON: ${(error as Error).message}` }],
    }
  }
  if (!Array.isArray(parsed))
    return {
      ok: false,
      problems: [{ line: null, path: '', message: 'Expected a JSON array of products.' }],
    }
  const lines = elementLines(text)
  const problems: ImportProblem[] = []
  const items: CatalogueItem[] = []
  parsed.forEach((raw, index) => {
    const result = catalogueItemSchema.safeParse(raw)
    if (result.success) items[index] = result.data
    else
      for (const issue of result.error.issues)
        problems.push({
          line: lines[index] ?? null,
          path: [index, ...issue.path].join('.'),
          message: issue.message,
        })
  })
  if (problems.length) return { ok: false, problems }

  const existing = new Map(
    (await db.template.findMany({ select: { id: true, productId: true, upsellId: true } })).map(
      (row) => [row.productId, row],
    ),
  )
  const fileIds = new Map(items.map((item, index) => [item.id, index]))
  const upsellOf = (productId: string) =>
    fileIds.has(productId)
      ? items[fileIds.get(productId)!]!.upsell
      : existing.get(productId)?.upsellId
        ? 'existing-upsell'
        : undefined
  items.forEach((item, index) => {
    const problem = (path: string, message: string) =>
      problems.push({ line: lines[index] ?? null, path: `${index}.${path}`, message })
    if (fileIds.get(item.id) !== index)
      problem('id', `The product id ${item.id} appears twice in the file.`)
    const known = (id: string) => fileIds.has(id) || existing.has(id)
    if (item.upsell) {
      if (!known(item.upsell))
        problem('upsell', `No product ${item.upsell} in the file or the catalogue.`)
      else if (item.upsell === item.id) problem('upsell', 'A template cannot be its own upsell.')
      else if (upsellOf(item.upsell))
        problem('upsell', `${item.upsell} has an upsell of its own; upsells are one level deep.`)
      if (items.some((other) => other.upsell === item.id))
        problem('upsell', `${item.id} is another product’s upsell, so it cannot have one.`)
    }
    item.crossSells?.forEach((id, i) => {
      if (!known(id)) problem(`crossSells.${i}`, `No product ${id} in the file or the catalogue.`)
      if (id === item.id) problem(`crossSells.${i}`, 'A template cannot be its own cross-sell.')
    })
  })
  if (problems.length) return { ok: false, problems }

  // What the updated templates were, for their change history.
  const before = new Map<string, Record<string, string>>()
  for (const item of items) {
    const row = existing.get(item.id)
    const template = row ? await getTemplate(row.id) : null
    if (template) before.set(item.id, auditView(template.values))
  }

  // Written in small batches, each its own short transaction: a 3,000-product file never holds the
  // database for the team (a rep's history page, a draft save) for more than a moment. Everything
  // was checked above, so the batches only write.
  const ids = new Map([...existing].map(([productId, row]) => [productId, row.id]))
  let created = 0
  for (const batch of batches(items)) {
    created += await db.$transaction(async (tx) => {
      let made = 0
      for (const item of batch) {
        const values = { ...itemToValues(item), upsellId: null, crossSellIds: [] }
        const id = ids.get(item.id)
        const data = { ...templateColumns(values), archivedAt: item.archived ? new Date() : null }
        if (id)
          await tx.template.update({ where: { id }, data: { ...data, version: { increment: 1 } } })
        else {
          ids.set(item.id, (await tx.template.create({ data, select: { id: true } })).id)
          made += 1
        }
      }
      return made
    })
    await yieldToOthers()
  }
  // Links second, once every product of the file has an id.
  for (const batch of batches(items)) {
    await db.$transaction(async (tx) => {
      for (const item of batch) {
        const id = ids.get(item.id)!
        const values = {
          ...itemToValues(item),
          upsellId: item.upsell ? ids.get(item.upsell)! : null,
          crossSellIds: (item.crossSells ?? []).map((productId) => ids.get(productId)!),
        }
        await tx.template.update({ where: { id }, data: { upsellId: values.upsellId } })
        await writeTemplateChildren(tx, id, values)
        await recordAuditEvent(tx, {
          actorId,
          entity: 'template',
          entityId: id,
          action: before.has(item.id) ? 'updated by import' : 'created by import',
          changes: diff(before.get(item.id) ?? {}, auditView(values)),
        })
      }
    })
    await yieldToOthers()
  }
  await recordAuditEvent(db, {
    actorId,
    entity: 'catalogue',
    entityId: 'import',
    action: 'imported',
    changes: { products: [null, items.map((item) => item.id).join(', ')] },
  })
  return { ok: true as const, created, updated: items.length - created }
}

// About 100 ms of writes on SQLite on these machines (a product is 3–8 statements).
const BATCH_SIZE = 25

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    yield items.slice(start, start + BATCH_SIZE)
  }
}

/** Lets other requests' queries run between two batches. */
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))

/** The whole catalogue as a catalogue file: one product per line. */
export async function exportCatalogue(): Promise<string> {
  const rows = await db.template.findMany({ select: { id: true }, orderBy: { productId: 'asc' } })
  const lines: string[] = []
  for (const { id } of rows) {
    const template = await getTemplate(id)
    if (!template) continue
    const productIds = new Map<string, string>()
    const links = await db.template.findMany({
      where: { id: { in: [template.upsell?.id ?? '', ...template.crossSells.map((c) => c.id)] } },
      select: { id: true, productId: true },
    })
    for (const link of links) productIds.set(link.id, link.productId)
    lines.push(
      JSON.stringify(
        valuesToItem(template.values, {
          upsell: template.upsell ? productIds.get(template.upsell.id) : undefined,
          crossSells: template.crossSells.map((c) => productIds.get(c.id)!),
          archived: template.archived,
        }),
      ),
    )
  }
  return `[\n${lines.join(',\n')}\n]\n`
}
