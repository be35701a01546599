import 'server-only'
import {
  findActiveTemplateMatches,
  getTemplateRecords,
  getUpsellIds,
} from '@/lib/templates/read-data'
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
  return withUpsells(ids)
}

/** Active templates for the picker, best match first (see rankTemplateMatches), with upsells. */
export async function searchComposeTemplates(text: string): Promise<ComposeTemplate[]> {
  const matches = await findActiveTemplateMatches(text, PICKER_CANDIDATES)
  const ranked = rankTemplateMatches(text, matches).slice(0, PICKER_RESULTS)
  const lookup = await withUpsells(ranked.map((match) => match.id))
  return ranked.map((match) => lookup[match.id]).filter((template) => template !== undefined)
}

/**
 * The templates with these ids, each with its upsell. The upsells' ids come first (one light query),
 * then every record in one read: a record costs Prisma four queries (the template, its tags, prices
 * and cross-sells), so reading the templates and then their upsells cost eight.
 */
async function withUpsells(ids: string[]): Promise<TemplateLookup> {
  const upsellIds = await getUpsellIds(ids)
  const records = new Map(
    (await getTemplateRecords([...ids, ...upsellIds])).map(
      (record) => [record.id, record] as const,
    ),
  )
  // An upsell chosen in the moment between the two reads is read now.
  const missed = [...records.values()]
    .map((record) => record.values.upsellId)
    .filter((id): id is string => id !== null && !records.has(id))
  for (const record of await getTemplateRecords(missed)) records.set(record.id, record)

  const lookup: TemplateLookup = {}
  for (const id of ids) {
    const record = records.get(id)
    if (!record) continue
    const upsell = record.values.upsellId ? records.get(record.values.upsellId) : undefined
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
