import 'server-only'
import { diff } from '@/lib/audit/changes'
import { recordAuditEvent } from '@/lib/audit/data'
import { db } from '@/lib/db/client'
import type { Transaction } from '@/lib/db/create-client'
import { AppError } from '@/lib/errors'
import { auditView } from './audit-view'
import { getTemplate } from './read-data'
import type { TemplateValues } from './record'
import { upsellProblem } from './upsell-rule'
import { templateColumns as columns, writeTemplateChildren as writeChildren } from './write-data'

/** A refusal tied to one form field, so the form can show it there. */
export class TemplateFieldError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('TEMPLATE_FIELD', { userMessage: message })
  }
}

type SaveResult = { kind: 'saved'; id: string } | { kind: 'conflict'; version: number }

/** Creates (no id) or updates a template; an update must name the version it was read at. */
export async function saveTemplate(input: {
  id: string | null
  version: number
  values: TemplateValues
  actorId: string
}): Promise<SaveResult> {
  const before = input.id ? await getTemplate(input.id) : null
  if (input.id && !before)
    throw new AppError('TEMPLATE_NOT_FOUND', { userMessage: 'This template no longer exists.' })
  return db.$transaction(async (tx) => {
    await assertLinksAllowed(tx, input.id, input.values)
    await assertProductIdFree(tx, input.id, input.values.productId)
    let id = input.id
    if (id) {
      // Only the version the form was opened on may be overwritten: never a silent overwrite.
      const { count } = await tx.template.updateMany({
        where: { id, version: input.version },
        data: { ...columns(input.values), version: { increment: 1 } },
      })
      if (count === 0) {
        const current = await tx.template.findUnique({ where: { id }, select: { version: true } })
        return { kind: 'conflict' as const, version: current?.version ?? input.version }
      }
    } else {
      id = (await tx.template.create({ data: columns(input.values), select: { id: true } })).id
    }
    await writeChildren(tx, id, input.values)
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      entity: 'template',
      entityId: id,
      action: before ? 'updated' : 'created',
      changes: diff(before ? auditView(before.values) : {}, auditView(input.values)),
    })
    return { kind: 'saved' as const, id }
  })
}

export async function duplicateTemplate(id: string, actorId: string): Promise<string> {
  const source = await getTemplate(id)
  if (!source)
    throw new AppError('TEMPLATE_NOT_FOUND', { userMessage: 'This template no longer exists.' })
  const productId = await freeProductId(`${source.values.productId}-copy`)
  const values = { ...source.values, productId, name: `${source.values.name} (copy)` }
  const result = await saveTemplate({ id: null, version: 0, values, actorId })
  if (result.kind !== 'saved')
    throw new AppError('TEMPLATE_CONFLICT', { userMessage: 'Could not duplicate.' })
  return result.id
}

export async function setTemplateArchived(input: {
  id: string
  archived: boolean
  actorId: string
}) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.template.updateMany({
      where: { id: input.id, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
    })
    if (count === 0) return
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      entity: 'template',
      entityId: input.id,
      action: input.archived ? 'archived' : 'restored',
      changes: { archived: [!input.archived, input.archived] },
    })
  })
}

async function assertLinksAllowed(tx: Transaction, id: string | null, values: TemplateValues) {
  if (values.upsellId) {
    const upsell = await tx.template.findUnique({
      where: { id: values.upsellId },
      select: { id: true, name: true, upsellId: true, archivedAt: true },
    })
    if (!upsell) throw new TemplateFieldError('upsellId', 'This upsell template no longer exists.')
    const isUpsellOfAnother = id
      ? (await tx.template.count({ where: { upsellId: id } })) > 0
      : false
    const problem = upsellProblem({
      templateId: id,
      upsell: { ...upsell, archived: upsell.archivedAt !== null },
      isUpsellOfAnother,
    })
    if (problem) throw new TemplateFieldError('upsellId', problem)
  }
  if (values.crossSellIds.length) {
    const found = await tx.template.findMany({
      where: { id: { in: values.crossSellIds }, archivedAt: null },
      select: { id: true },
    })
    const active = new Set(found.map((row) => row.id))
    values.crossSellIds.forEach((crossSellId, index) => {
      if (!active.has(crossSellId))
        throw new TemplateFieldError(
          `crossSells.${index}.templateId`,
          'This template is archived or gone.',
        )
    })
  }
}

async function assertProductIdFree(tx: Transaction, id: string | null, productId: string) {
  const other = await tx.template.findUnique({ where: { productId }, select: { id: true } })
  if (other && other.id !== id)
    throw new TemplateFieldError('productId', 'Another template already uses this product id.')
}

async function freeProductId(base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await db.template.findUnique({ where: { productId: candidate }, select: { id: true } })))
      return candidate
  }
}
