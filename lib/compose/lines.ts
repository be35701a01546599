import { LIMITS } from '@/lib/salesnip/limits'
import { minorToPlainText } from '@/lib/salesnip/money'
import { priceIn, type ComposeTemplate, type TemplateLookup } from './template-lookup'
import type { ComposeCrossSell, ComposeForm, ComposeLine } from './schema'
import { suggestCrossSells } from './cross-sell-suggestions'

// How the composer's rows start: from a template's price in the session's currency (left empty
// when the template has none there, so the rep is asked for one), and its suggested cross-sells.

function pricesText(template: ComposeTemplate, currency: string) {
  const price = priceIn(template.values, currency)
  return price
    ? {
        opening: minorToPlainText(price.openingMinor, currency),
        floor: minorToPlainText(price.floorMinor, currency),
      }
    : { opening: '', floor: '' }
}

export function lineFrom(template: ComposeTemplate, currency: string): ComposeLine {
  const quantity = template.values.quantity
  const text = (n: number | undefined) => (n === undefined ? '' : String(n))
  return {
    templateId: template.id,
    ...pricesText(template, currency),
    quantity: {
      initial: text(quantity?.initial),
      minimum: text(quantity?.minimum),
      maximum: text(quantity?.maximum),
    },
    upsell: true,
  }
}

export function crossSellFrom(template: ComposeTemplate, currency: string): ComposeCrossSell {
  return { templateId: template.id, ...pricesText(template, currency) }
}

function suggestedTemplates(
  form: Pick<ComposeForm, 'lines' | 'crossSells' | 'dismissedCrossSellIds'>,
  templates: TemplateLookup,
): ComposeTemplate[] {
  const picked = form.lines
    .map((line) => templates[line.templateId])
    .filter((template) => template !== undefined)
    .map((template) => ({ id: template.id, crossSellIds: template.values.crossSellIds }))
  const present = new Set(form.crossSells.map((row) => row.templateId))
  const dismissed = new Set(form.dismissedCrossSellIds)
  return suggestCrossSells(picked)
    .map((id) => templates[id])
    .filter(
      (template): template is ComposeTemplate =>
        template !== undefined &&
        !template.archived &&
        !present.has(template.id) &&
        !dismissed.has(template.id),
    )
}

/**
 * The cross-sells after picking templates: the rows already there (less any that is now a product
 * line: one product is never offered twice), then the picked templates' suggestions in order
 * (without products in the session, ones the rep removed, duplicates, or ones with no price in the
 * session's currency: those are offered, see unpricedSuggestions), at most 10 in all.
 */
export function withSuggestedCrossSells(
  form: Pick<ComposeForm, 'lines' | 'crossSells' | 'dismissedCrossSellIds' | 'currency'>,
  templates: TemplateLookup,
): ComposeCrossSell[] {
  const products = new Set(form.lines.map((line) => line.templateId))
  const rows = form.crossSells.filter((row) => !products.has(row.templateId))
  for (const template of suggestedTemplates(form, templates)) {
    if (rows.length >= LIMITS.crossSells.max) break
    if (priceIn(template.values, form.currency)) rows.push(crossSellFrom(template, form.currency))
  }
  return rows
}

/** Suggestions left out for want of a price in the session's currency: the rep may add them. */
export function unpricedSuggestions(
  form: Pick<ComposeForm, 'lines' | 'crossSells' | 'dismissedCrossSellIds' | 'currency'>,
  templates: TemplateLookup,
): ComposeTemplate[] {
  return suggestedTemplates(form, templates).filter(
    (template) => !priceIn(template.values, form.currency),
  )
}

/** Whether any price differs from what its template gives in the form's currency. */
export function hasEditedPrices(
  form: Pick<ComposeForm, 'lines' | 'crossSells' | 'currency'>,
  templates: TemplateLookup,
): boolean {
  const rows = [...form.lines, ...form.crossSells]
  return rows.some((row) => {
    const template = templates[row.templateId]
    if (!template) return false
    const fresh = pricesText(template, form.currency)
    return fresh.opening !== row.opening.trim() || fresh.floor !== row.floor.trim()
  })
}

/** Every line and cross-sell priced afresh from its template in another currency. */
export function repriced<T extends Pick<ComposeForm, 'lines' | 'crossSells'>>(
  form: T,
  templates: TemplateLookup,
  currency: string,
): T {
  const fresh = (row: { templateId: string }) => {
    const template = templates[row.templateId]
    return template ? pricesText(template, currency) : { opening: '', floor: '' }
  }
  return {
    ...form,
    lines: form.lines.map((line) => ({ ...line, ...fresh(line) })),
    crossSells: form.crossSells.map((row) => ({ ...row, ...fresh(row) })),
  }
}
