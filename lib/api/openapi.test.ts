import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_ROUTES, openApiDocument } from './openapi'

// The document describes every route under app/api/v1, with every method each route exports.

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(path)
    return entry.name === 'route.ts' ? [path] : []
  })
}

const served = routeFiles('app/api/v1')
  .filter((file) => !file.includes('openapi.json'))
  .flatMap((file) => {
    const path = `/${relative('app', file)}`
      .replace(/\/route\.ts$/, '')
      .replace(/\[(\w+)\]/g, '{$1}')
    const source = readFileSync(file, 'utf8')
    return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      ([, method]) => `${method!.toLowerCase()} ${path}`,
    )
  })

describe('the OpenAPI document', () => {
  const document = openApiDocument() as {
    openapi: string
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
  }
  const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method} ${path}`),
  )

  it('is OpenAPI 3.1 and lists exactly the routes the app serves', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(served.length).toBeGreaterThanOrEqual(7)
    expect([...documented].sort()).toEqual([...served].sort())
    expect(API_ROUTES.map((route) => `${route.method} ${route.path}`).sort()).toEqual(served.sort())
  })

  it('documents the one error shape on every route, and the create body from the compose schema', () => {
    for (const [, methods] of Object.entries(document.paths))
      for (const operation of Object.values(methods))
        expect(JSON.stringify(operation.responses['401'])).toContain('#/components/schemas/Error')
    const schemas = (
      document as unknown as {
        components: { schemas: Record<string, { properties: Record<string, unknown> }> }
      }
    ).components.schemas
    expect(Object.keys(schemas.SessionInput!.properties)).toEqual(
      expect.arrayContaining(['projectId', 'currency', 'buyer', 'lines', 'crossSells']),
    )
    expect(Object.keys(schemas.SessionInput!.properties)).not.toContain('idempotencyKey')
  })
})
