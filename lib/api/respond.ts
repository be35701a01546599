import type { ApiErrorBody } from './api-schemas'

// Every /api/v1 answer that is not a success has this one shape: a stable code, a sentence for a
// person, and the fields at fault by their full path (the composer's paths: "lines.0.opening").

export function apiError(
  status: number,
  code: string,
  message: string,
  issues: ApiErrorBody['issues'] = [],
  headers: Record<string, string> = {},
): Response {
  return Response.json({ code, message, issues } satisfies ApiErrorBody, {
    status,
    headers: { 'Cache-Control': 'no-store', ...headers },
  })
}

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}
