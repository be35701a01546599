import 'server-only'
import { findActiveTemplateMatches, getTemplateRecords } from '@/lib/templates/read-data'
import { rankTemplateMatches } from './picker-rank'
import type { ComposeTemplate, TemplateLookup } from './template-lookup'
import type { ComposeFormInput } from './schema'

// The templates a composition uses, read as stored (with their upsells), for the page that opens a
// draft, for the picker, and for the create action that re-checks everything.

const PICKER_RESULTS = 20
/** Candidates ranked per search: enough that a name match is never cut off by tag matches. */
const PICKER_CANDIDATES = 500

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

/** Active templates for the picker, best match first (see rankTemplateMatches), with upsells. */
export async function searchComposeTemplates(text: string): Promise<ComposeTemplate[]> {
  const matches = await findActiveTemplateMatches(text, PICKER_CANDIDATES)
  const ranked = rankTemplateMatches(text, matches).slice(0, PICKER_RESULTS)
  const lookup = await withUpsells(await getTemplateRecords(ranked.map((match) => match.id)))
  return ranked.map((match) => lookup[match.id]).filter((template) => template !== undefined)
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
