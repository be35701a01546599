import { Ajv2020 } from 'ajv/dist/2020.js'
import { expect } from '@playwright/test'
import { e2eEnv } from './e2e-env'

// Every answer the API gives in the suite is checked against the OpenAPI document the app serves:
// the document is generated from the handlers' own schemas, and this keeps it honest.

let validatorFor: ((pointer: string) => (body: unknown) => string | null) | null = null

async function load() {
  const response = await fetch(`${e2eEnv.baseURL}/api/v1/openapi.json`)
  const document = (await response.json()) as Record<string, unknown>
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addSchema({ ...document, $id: 'openapi' })
  return (pointer: string) => {
    const validate = ajv.compile({ $ref: `openapi#${pointer}` })
    return (body: unknown) => (validate(body) ? null : ajv.errorsText(validate.errors))
  }
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1')

/** Asserts that `body`, answered with `status` by `method path` (as documented), fits the document. */
export async function expectDocumented(
  method: 'get' | 'post',
  path: string,
  status: number,
  body: unknown,
): Promise<void> {
  validatorFor ??= await load()
  const pointer = `/paths/${escape(path)}/${method}/responses/${status}/content/application~1json/schema`
  let problem: string | null
  try {
    problem = validatorFor(pointer)(body)
  } catch (error) {
    problem = `no schema for ${method.toUpperCase()} ${path} ${status}: ${String(error)}`
  }
  expect(problem, `${method.toUpperCase()} ${path} ${status}`).toBeNull()
}
