import 'server-only'
import { getTemplateRecords, searchActiveTemplates } from '@/lib/templates/read-data'
import type { ComposeTemplate, TemplateLookup } from './template-lookup'
import type { ComposeFormInput } from './schema'

// The templates a composition uses, read as stored (with their upsells), for the page that opens a
// draft, for the picker, and for the create action that re-checks everything.

const PICKER_RESULTS = 20

/** Every template a form names: its lines and its cross-sells. */
export function templateIdsOf(form: Pick<ComposeFormInput, 'lines' | 'crossSells'>): string[] {
  return [
    ...new Set([...form.lines, ...form.crossSells].map((row) => row.templateId).filter(Boolean)),
  ]
}

export async function loadComposeTemplates(ids: string[]): Promise<TemplateLookup> {
  const records = await getTemplateRecords(ids)
  return withUpsells(records)
}

/** Active templates for the picker (by name, product id or tag), each with its upsell. */
export async function searchComposeTemplates(text: string): Promise<ComposeTemplate[]> {
  return Object.values(await withUpsells(await searchActiveTemplates(text, PICKER_RESULTS))).sort(
    (a, b) => a.values.name.localeCompare(b.values.name),
  )
}

async function withUpsells(
  records: Awaited<ReturnType<typeof getTemplateRecords>>,
): Promise<TemplateLookup> {
  const upsellIds = records.map((record) => record.values.upsellId).filter((id) => id !== null)
  const upsells = new Map(
    (await getTemplateRecords(upsellIds)).map((record) => [record.id, record] as const),
  )
  const lookup: TemplateLookup = {}
  for (const record of records) {
    const upsell = record.values.upsellId ? upsells.get(record.values.upsellId) : undefined
    lookup[record.id] = {
      ...record,
      // An archived upsell is no longer offered.
      upsell:
        upsell && !upsell.archived
          ? { id: upsell.id, version: upsell.version, values: upsell.values }
          : null,
    }
  }
  return lookup
}
