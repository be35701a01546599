import type { Role } from '@/lib/auth/roles'
import { toMinorUnits } from '@/lib/salesnip/money'
import { createSessionRequestSchema, type CreateSessionRequest } from '@/lib/salesnip/schemas'
import { serialiseSessionBody } from '@/lib/salesnip/serialise'
import { composeSessionBody, type Composition } from './session-body'
import { relayCallbacks } from './relay'
import { priceIn, type TemplateLookup } from './template-lookup'
import type { ComposeFormInput } from './schema'
import { checkGuardrails, type FloorOverride, type PricedLine } from './guardrails'

// What a composition means: the exact body and bytes, every problem keyed by the form field it
// belongs to, the floor overrides, and the opening total. Pure: the preview runs it on each
// keystroke, the form's resolver runs it before submitting, and the create action runs it again on
// the templates as stored, so what is previewed is what is sent.

export type FormIssue = { path: string; message: string }
export type TemplateVersion = { templateId: string; productId: string; version: number }

export type Evaluation = {
  body: CreateSessionRequest
  bytes: string
  issues: FormIssue[]
  overrides: FloorOverride[]
  /** Σ opening price × opening quantity of the main products; null while an amount is unreadable. */
  openingTotalMinor: number | null
  templateVersions: TemplateVersion[]
}

export type EvaluateOptions = {
  /** The console's public address when it relays the callbacks (they then point at it). */
  relayBase?: string | null
}

export function evaluateComposition(
  form: ComposeFormInput,
  templates: TemplateLookup,
  role: Role,
  options: EvaluateOptions = {},
): Evaluation {
  const { currency } = form
  const issues: FormIssue[] = []
  const priced: PricedLine[] = []
  const versions = new Map<string, TemplateVersion>()
  const amount = (text: string) => toMinorUnits(text, currency) ?? Number.NaN

  const use = (templateId: string, path: string) => {
    const template = templates[templateId]
    if (!template) {
      issues.push({ path: `${path}.templateId`, message: 'This template is no longer available.' })
      return null
    }
    if (template.archived)
      issues.push({ path: `${path}.templateId`, message: 'This template was archived; remove it.' })
    versions.set(template.id, {
      templateId: template.id,
      productId: template.values.productId,
      version: template.version,
    })
    return template
  }

  // Body index → form index, because a line whose template is gone cannot be built.
  const lineIndex: number[] = []
  const lines: Composition['lines'] = []
  form.lines.forEach((line, index) => {
    const template = use(line.templateId, `lines.${index}`)
    if (!template) return
    const openingMinor = amount(line.opening)
    const floorMinor = amount(line.floor)
    const templatePrice = priceIn(template.values, currency)
    priced.push({
      path: ['lines', index],
      templateName: template.values.name,
      currency,
      openingMinor,
      floorMinor,
      templateFloorMinor: templatePrice?.floorMinor ?? 0,
    })
    const upsellPrice = template.upsell ? priceIn(template.upsell.values, currency) : null
    if (line.upsell && template.upsell && upsellPrice) {
      versions.set(template.upsell.id, {
        templateId: template.upsell.id,
        productId: template.upsell.values.productId,
        version: template.upsell.version,
      })
    }
    lineIndex.push(index)
    lines.push({
      template: template.values,
      openingMinor,
      floorMinor,
      quantity: quantityOf(line.quantity),
      upsell:
        line.upsell && template.upsell && upsellPrice
          ? { template: template.upsell.values, ...upsellPrice }
          : null,
    })
  })

  const crossSellIndex: number[] = []
  const crossSells: NonNullable<Composition['crossSells']> = []
  form.crossSells.forEach((row, index) => {
    const template = use(row.templateId, `crossSells.${index}`)
    if (!template) return
    const openingMinor = amount(row.opening)
    const floorMinor = amount(row.floor)
    priced.push({
      path: ['crossSells', index],
      templateName: template.values.name,
      currency,
      openingMinor,
      floorMinor,
      templateFloorMinor: priceIn(template.values, currency)?.floorMinor ?? 0,
    })
    crossSellIndex.push(index)
    crossSells.push({ template: template.values, openingMinor, floorMinor })
  })

  const body = composeSessionBody({
    projectId: form.projectId.trim(),
    currency,
    // Relayed, the rep's addresses are where the console sends the buyer on to (stored, not sent).
    callbacks: options.relayBase
      ? relayCallbacks(options.relayBase)
      : { success: form.callbacks.success.trim(), cancel: form.callbacks.cancel.trim() },
    buyer: {
      name: form.buyer.name.trim(),
      email: form.buyer.email.trim(),
      company: form.buyer.company.trim(),
      dealReference: form.buyer.dealReference.trim(),
    },
    metadata: Object.fromEntries(
      form.metadata.filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value]),
    ),
    lines,
    crossSells,
  })

  const guardrails = checkGuardrails(role, priced)
  for (const issue of guardrails.issues)
    issues.push({ path: issue.path.join('.'), message: issue.message })

  const parsed = createSessionRequestSchema.safeParse(body)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({
        path: formPathOf(issue.path, lineIndex, crossSellIndex),
        message: issue.message,
      })
    }
  }

  return {
    body,
    bytes: serialiseSessionBody(body),
    issues: firstPerPath(issues),
    overrides: guardrails.overrides,
    openingTotalMinor: openingTotal(lines),
    templateVersions: [...versions.values()],
  }
}

function quantityOf(quantity: ComposeFormInput['lines'][number]['quantity']) {
  const { initial, minimum, maximum } = quantity
  if (!initial.trim() || !minimum.trim() || !maximum.trim()) return undefined
  return { initial: Number(initial), minimum: Number(minimum), maximum: Number(maximum) }
}

function openingTotal(lines: Composition['lines']): number | null {
  let total = 0
  for (const line of lines) total += line.openingMinor * (line.quantity?.initial ?? 1)
  return Number.isSafeInteger(total) ? total : null
}

/** A path in SaleSnip's body (`products.2.price.minimum`) to the form field it comes from. */
export function formPathOf(
  path: readonly PropertyKey[],
  lineIndex?: number[],
  crossSellIndex?: number[],
): string {
  const [head, index, field, sub] = path.map(String)
  if (head === 'products' || head === 'crossSellProducts') {
    const group = head === 'products' ? 'lines' : 'crossSells'
    if (index === undefined) return group
    const formIndex = (head === 'products' ? lineIndex : crossSellIndex)?.[Number(index)]
    const row = `${group}.${formIndex ?? index}`
    if (field === 'price') return `${row}.${sub === 'minimum' ? 'floor' : 'opening'}`
    if (field === 'quantity') return sub ? `${row}.quantity.${sub}` : `${row}.quantity.initial`
    if (field === 'upsellProduct') return `${row}.upsell`
    return `${row}.templateId`
  }
  if (head === 'callbacks') return index ? `callbacks.${index}` : 'callbacks'
  if (head === 'metadata') return 'metadata'
  if (head === 'projectId' || head === 'currency') return head
  return 'root'
}

function firstPerPath(issues: FormIssue[]): FormIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false
    seen.add(issue.path)
    return true
  })
}
