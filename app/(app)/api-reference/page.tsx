import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardTitle } from '@/components/ui/card'
import { openApiDocument } from '@/lib/api/openapi'
import { requireMember } from '@/lib/auth/current-member'
import { consoleAddress } from '@/lib/settings/public-links'

export const metadata: Metadata = { title: 'API reference' }

type Operation = {
  summary?: string
  description?: string
  parameters?: { name: string; in: string; required?: boolean; description?: string }[]
  requestBody?: { content: Record<string, { schema: unknown }> }
  responses: Record<string, { description: string }>
}
type Document = {
  info: { description: string }
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

// The API reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json
// serves (no script: it reads on a phone and passes the console's Content Security Policy).
export default async function ApiReferencePage() {
  await requireMember()
  const document = openApiDocument() as Document
  const base = (await consoleAddress()) ?? 'https://studio.example.com'
  const example = [
    `curl -X POST '${base}/api/v1/sessions' \\`,
    `  -H "Authorization: Bearer $STUDIO_TOKEN" \\`,
    `  -H 'Idempotency-Key: crm-deal-4711' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"projectId":"proj_1","currency":"USD","callbacks":{"success":"","cancel":""},`,
    `       "buyer":{"name":"Ana","email":"","company":"Acme","dealReference":"4711"},`,
    `       "lines":[{"templateId":"…","opening":"99","floor":"79",`,
    `                 "quantity":{"initial":"","minimum":"","maximum":""},"upsell":false}]}'`,
  ].join('\n')
  return (
    <>
      <PageHeader title="API reference" description={document.info.description} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card className="grid gap-2">
          <CardTitle>Getting started</CardTitle>
          <p className="text-sm text-muted-foreground">
            An admin makes a token on Settings → API tokens. The machine-readable document is at{' '}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>{' '}
            (OpenAPI 3.1).
          </p>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs" tabIndex={0}>
            {example}
          </pre>
        </Card>
        {Object.entries(document.paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => (
            <Card
              key={`${method} ${path}`}
              className="grid gap-3"
              aria-label={`${method.toUpperCase()} ${path}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={method === 'get' ? 'neutral' : 'positive'}>
                  {method.toUpperCase()}
                </Badge>
                <code className="break-all text-sm font-medium">{path}</code>
              </div>
              <p className="text-sm">{operation.summary}</p>
              {operation.description && (
                <p className="text-sm text-muted-foreground">{operation.description}</p>
              )}
              {operation.parameters && operation.parameters.length > 0 && (
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                  {operation.parameters.map((parameter) => (
                    <div key={`${parameter.in}-${parameter.name}`} className="contents">
                      <dt>
                        <code>{parameter.name}</code>{' '}
                        <span className="text-xs text-muted-foreground">{parameter.in}</span>
                      </dt>
                      <dd className="text-muted-foreground">{parameter.description ?? ''}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {operation.requestBody && (
                <SchemaBlock
                  label="Request body"
                  schema={operation.requestBody.content['application/json']?.schema}
                  schemas={document.components.schemas}
                />
              )}
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                {Object.entries(operation.responses).map(([status, response]) => (
                  <div key={status} className="contents">
                    <dt>
                      <code>{status}</code>
                    </dt>
                    <dd className="text-muted-foreground">{response.description}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          )),
        )}
      </div>
    </>
  )
}

function SchemaBlock(props: { label: string; schema: unknown; schemas: Record<string, unknown> }) {
  const ref = (props.schema as { $ref?: string } | undefined)?.$ref
  const name = ref?.split('/').pop()
  const schema = name ? props.schemas[name] : props.schema
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">
        {props.label}
        {name ? ` (${name})` : ''}
      </summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs" tabIndex={0}>
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  )
}
