import 'server-only'
import { buildMainProduct } from '@/lib/salesnip/build-session-body'
import { getTemplate, type TemplateDetail } from './read-data'
import { valuesToLine } from './record'

/**
 * The exact SaleSnip product a template produces in one currency, upsell included, built by the
 * same builder as a session body; null when the template has no price in that currency.
 */
export async function templateProductJson(
  template: TemplateDetail,
  currency: string,
): Promise<string | null> {
  const line = valuesToLine(template.values, currency)
  if (!line) return null
  const upsell = template.upsell ? await getTemplate(template.upsell.id) : null
  const upsellLine = upsell ? valuesToLine(upsell.values, currency) : null
  return JSON.stringify(
    buildMainProduct({ ...line, upsell: upsellLine ?? undefined }, currency),
    null,
    2,
  )
}
