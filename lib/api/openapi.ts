import 'server-only'
import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  extendZodWithOpenApi,
} from '@asteasolutions/zod-to-openapi'
// The whole of zod for the extension: z from '@/lib/zod' holds only the members the app uses (it
// patches the prototypes those share). Server-only, and nothing here parses.
// eslint-disable-next-line no-restricted-syntax
import * as zod from 'zod'
import { z } from '@/lib/zod'
import { HISTORY_PAGE_SIZE } from '@/lib/history/query'
import {
  apiCreateSessionSchema,
  apiCreatedSchema,
  apiErrorSchema,
  apiHistoryPageSchema,
  apiSessionDetailSchema,
  apiTemplateDetailSchema,
  apiTemplateListSchema,
} from './api-schemas'
import { API_REQUESTS_PER_MINUTE } from './authenticate'

// The OpenAPI 3.1 document of /api/v1, generated from the very zod schemas the handlers use
// (@asteasolutions/zod-to-openapi), served at /api/v1/openapi.json and shown on /api-reference.

// Only schemas made after this get .openapi(); the shared ones were made before, so each is
// registered as a clone (a fresh instance of the same schema).
extendZodWithOpenApi(zod)

export const API_ROUTES = [
  { method: 'get', path: '/api/v1/templates' },
  { method: 'get', path: '/api/v1/templates/{id}' },
  { method: 'post', path: '/api/v1/sessions' },
  { method: 'get', path: '/api/v1/sessions' },
  { method: 'post', path: '/api/v1/sessions/preview' },
  { method: 'get', path: '/api/v1/sessions/{id}' },
  { method: 'get', path: '/api/v1/sessions/export' },
] as const

let cached: object | null = null

export function openApiDocument(): object {
  cached ??= generate()
  return cached
}

function generate(): object {
  const registry = new OpenAPIRegistry()
  const bearer = registry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token made by an admin on Settings → API tokens (sst_…).',
  })
  const error = registry.register('Error', apiErrorSchema.clone())
  const errors = (...statuses: number[]) =>
    Object.fromEntries(
      statuses.map((status) => [
        status,
        { description: ERROR_TEXT[status] ?? 'Error', content: json(error) },
      ]),
    )
  const security = [{ [bearer.name]: [] }]
  const idParam = z.object({ id: z.string() })
  const historyParams = z.object({
    q: z.string().optional().describe('Search buyer, company, reference, email, product'),
    rep: z.string().optional().describe('A member id, or "me"'),
    status: z.string().optional().describe('sent, opened, accepted, cancelled, expired, failed…'),
    currency: z.string().optional(),
    template: z.string().optional().describe('A template id'),
    from: z.string().optional().describe('YYYY-MM-DD'),
    to: z.string().optional().describe('YYYY-MM-DD'),
    sort: z.enum(['newest', 'oldest', 'total_desc', 'total_asc']).optional(),
    after: z.string().optional().describe('The `next` cursor of the previous page'),
    before: z.string().optional().describe('The `previous` cursor'),
  })

  registry.registerPath({
    method: 'get',
    path: '/api/v1/templates',
    summary: 'List active templates (25 a page)',
    security,
    request: { query: z.object({ q: z.string().optional(), page: z.string().optional() }) },
    responses: {
      200: ok(registry.register('TemplateList', apiTemplateListSchema.clone())),
      ...errors(401, 403, 429),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/v1/templates/{id}',
    summary: 'Read a template',
    security,
    request: { params: idParam },
    responses: {
      200: ok(registry.register('Template', apiTemplateDetailSchema.clone())),
      ...errors(401, 403, 404, 429),
    },
  })
  const body = registry.register('SessionInput', apiCreateSessionSchema.clone())
  const detail = registry.register('Session', apiSessionDetailSchema.clone())
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions',
    summary: 'Create a session from templates',
    description:
      'The composer’s create path: the same checks and guardrails; errors name the same fields. Send an Idempotency-Key: the same key again answers with the session it created (200, Idempotent-Replayed: true).',
    security,
    request: {
      headers: z.object({ 'Idempotency-Key': z.string().optional() }),
      body: { content: json(body) },
    },
    responses: {
      201: ok(registry.register('Created', apiCreatedSchema.clone()), 'Created'),
      200: ok(apiCreatedSchema, 'Created earlier with this Idempotency-Key'),
      ...errors(400, 401, 403, 409, 422, 429, 502, 504),
    },
  })
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions/preview',
    summary: 'The exact JSON a create would send SaleSnip',
    security,
    request: { body: { content: json(body) } },
    responses: {
      200: ok(z.object({ body: z.string(), openingTotalMinor: z.number().int().nullable() })),
      ...errors(400, 401, 403, 422, 429),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sessions',
    summary: `The history, as on the History page (${HISTORY_PAGE_SIZE} a page, keyset cursor)`,
    security,
    request: { query: historyParams },
    responses: {
      200: ok(registry.register('HistoryPage', apiHistoryPageSchema.clone())),
      ...errors(401, 403, 429),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sessions/{id}',
    summary: 'Read a session: status, outcome, link, opens',
    security,
    request: { params: idParam },
    responses: { 200: ok(detail), ...errors(401, 403, 404, 429) },
  })
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sessions/export',
    summary: 'The filtered history as CSV',
    security,
    request: { query: historyParams.omit({ after: true, before: true }) },
    responses: {
      200: { description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } },
      ...errors(401, 403, 429),
    },
  })

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Session Studio API',
      version: '1',
      description: `Templates and negotiation sessions for CRMs. Tokens act as a member, within scopes; at most ${API_REQUESTS_PER_MINUTE} requests a minute per token. Errors: { code, message, issues: [{ path, message }] }.`,
    },
    servers: [{ url: '/' }],
  })
}

const json = (schema: z.ZodType) => ({ 'application/json': { schema } })
const ok = (schema: z.ZodType, description = 'OK') => ({ description, content: json(schema) })

const ERROR_TEXT: Record<number, string> = {
  400: 'Unreadable request (not JSON, a bad Idempotency-Key)',
  401: 'No token, or an unknown, revoked or expired one',
  403: 'The token lacks the scope, or its member’s role does not allow this',
  404: 'Not found',
  409: 'A create with this Idempotency-Key is still in progress',
  422: 'The session has problems (issues name the fields)',
  429: 'Too many requests (Retry-After)',
  502: 'SaleSnip refused or failed',
  504: 'SaleSnip did not confirm: the session may exist; check before retrying',
}
