import 'server-only'
import { getTemplate, listTemplates } from '@/lib/templates/read-data'
import { apiTemplate } from './present'
import { apiError, apiJson } from './respond'

// GET /api/v1/templates (active ones, searched like the catalogue page, 25 a page) and one template.

export async function listTemplatesFromApi(request: Request) {
  const params = new URL(request.url).searchParams
  const page = Math.max(1, Math.min(10_000, Number(params.get('page')) || 1))
  const q = params.get('q')?.slice(0, 100) || undefined
  const { rows, total } = await listTemplates({ q, page })
  return apiJson({ data: rows.map(apiTemplate), total, page })
}

export async function readTemplateFromApi(_: Request, __: unknown, params: { id: string }) {
  const template = await getTemplate(params.id)
  if (!template || template.archived) return apiError(404, 'not_found', 'No template has this id.')
  return apiJson({
    id: template.id,
    version: template.version,
    archived: template.archived,
    values: template.values,
    upsell: template.upsell,
    crossSells: template.crossSells,
  })
}
