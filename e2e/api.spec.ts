import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { queryRows } from './db'
import { e2eEnv } from './e2e-env'
import { expect, test, uniqueName } from './fixtures'
import { expectDocumented } from './openapi'
import { composeInput } from './sessions'

// A CRM on the public API: an admin makes a token acting as a member; the token creates a session
// through the composer's own path (what SaleSnip receives is byte for byte the preview), the same
// Idempotency-Key twice makes one session, the scopes and revocation are enforced, and every
// answer fits the OpenAPI document.

test.describe.configure({ mode: 'default' }) // the tokens of one test are used by the next steps

async function makeToken(page: Page, name: string, scopes: string[], member = 'Riley Rep') {
  await page.goto('/settings')
  const card = page.getByRole('region', { name: 'API tokens' })
  await card.getByLabel('Name').fill(name)
  await card.getByLabel('Acts as').selectOption({ label: member })
  for (const scope of ['templates:read', 'sessions:read', 'sessions:write']) {
    const box = card.getByRole('checkbox', { name: new RegExp(scope) })
    if (scopes.includes(scope)) await box.check()
    else await box.uncheck()
  }
  await card.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: `Token “${name}” created` })
  const secret = await dialog.getByLabel('API token').inputValue()
  expect(secret).toMatch(/^sst_[\w-]{43}$/)
  await page.keyboard.press('Escape')
  return secret
}

async function client(secret: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: e2eEnv.baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  })
}

/** The compose action's input as the API takes it (the form-only fields left out). */
async function apiComposition(buyer: string) {
  const { idempotencyKey, draftId, dismissedCrossSellIds, replacesSessionId, ...body } =
    await composeInput({ name: buyer, company: 'API Co', dealReference: 'CRM-1' })
  void [idempotencyKey, draftId, dismissedCrossSellIds, replacesSessionId]
  return body
}

test('a token with sessions:write creates what the preview showed, once per Idempotency-Key', async ({
  page,
}) => {
  const secret = await makeToken(page, uniqueName('HubSpot'), [
    'templates:read',
    'sessions:read',
    'sessions:write',
  ])
  const api = await client(secret)
  const templates = await api.get('/api/v1/templates')
  expect(templates.status()).toBe(200)
  await expectDocumented('get', '/api/v1/templates', 200, await templates.json())

  const buyer = uniqueName('API buyer')
  const body = await apiComposition(buyer)
  const preview = await api.post('/api/v1/sessions/preview', { data: body })
  expect(preview.status()).toBe(200)
  const previewed = (await preview.json()) as { body: string }
  await expectDocumented('post', '/api/v1/sessions/preview', 200, previewed)

  const key = `crm-deal-${Date.now()}`
  const first = await api.post('/api/v1/sessions', {
    data: body,
    headers: { 'Idempotency-Key': key },
  })
  expect(first.status()).toBe(201)
  const created = (await first.json()) as {
    session: { id: string; salesnipId: string; link: string; status: string }
  }
  await expectDocumented('post', '/api/v1/sessions', 201, created)
  expect(created.session.link).toMatch(/\/l\/[\w-]{12}$/)
  const [received] = await queryRows<{ requestBody: string }>(
    `SELECT "requestBody" FROM "SandboxSession" WHERE id = $1`,
    [created.session.salesnipId],
  )
  expect(received?.requestBody).toBe(previewed.body) // byte for byte

  const again = await api.post('/api/v1/sessions', {
    data: body,
    headers: { 'Idempotency-Key': key },
  })
  expect(again.status()).toBe(200)
  expect(again.headers()['idempotent-replayed']).toBe('true')
  const replayed = await again.json()
  await expectDocumented('post', '/api/v1/sessions', 200, replayed)
  expect(replayed.session.id).toBe(created.session.id)
  const stored = await queryRows<{ id: string; createdById: string }>(
    `SELECT s.id, s."createdById" FROM "SalesnipSession" s WHERE s."buyerName" = $1`,
    [buyer],
  )
  expect(stored).toHaveLength(1)
  const [rep] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE name = 'Riley Rep'`)
  expect(stored[0]!.createdById).toBe(rep!.id) // the token's member made it

  // Read back: the session, the history filtered as on the History page, and its CSV.
  const read = await api.get(`/api/v1/sessions/${created.session.id}`)
  expect(read.status()).toBe(200)
  const session = await read.json()
  await expectDocumented('get', '/api/v1/sessions/{id}', 200, session)
  expect(session).toMatchObject({ status: 'sent', buyer: { name: buyer }, opens: { count: 0 } })
  const list = await api.get(`/api/v1/sessions?q=${encodeURIComponent(buyer)}`)
  const page1 = await list.json()
  await expectDocumented('get', '/api/v1/sessions', 200, page1)
  expect(page1.data.map((row: { id: string }) => row.id)).toEqual([created.session.id])
  const csv = await api.get(`/api/v1/sessions/export?q=${encodeURIComponent(buyer)}`)
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain(buyer)

  // A bad amount: refused with the composer's field path, nothing written.
  const badBuyer = uniqueName('API bad buyer')
  const bad = await apiComposition(badBuyer)
  bad.lines[0]!.opening = 'lots'
  const refused = await api.post('/api/v1/sessions', { data: bad })
  expect(refused.status()).toBe(422)
  const problem = await refused.json()
  await expectDocumented('post', '/api/v1/sessions', 422, problem)
  expect(problem.issues).toContainEqual({ path: 'lines.0.opening', message: expect.any(String) })
  expect(
    await queryRows(`SELECT 1 FROM "SalesnipSession" WHERE "buyerName" = $1`, [badBuyer]),
  ).toEqual([])

  // Revoked: refused from then on.
  await page.goto('/settings')
  await page
    .getByRole('button', { name: /^Revoke HubSpot/ })
    .first()
    .click()
  await expect(page.getByText(/is revoked\.$/)).toBeVisible()
  await api.dispose()
})

test('a templates:read token reads templates and is refused on create; no token, no entry', async ({
  page,
}) => {
  const secret = await makeToken(page, uniqueName('Catalogue sync'), ['templates:read'])
  const api = await client(secret)
  expect((await api.get('/api/v1/templates')).status()).toBe(200)
  const buyer = uniqueName('Refused buyer')
  const create = await api.post('/api/v1/sessions', { data: await apiComposition(buyer) })
  expect(create.status()).toBe(403)
  const refusal = await create.json()
  await expectDocumented('post', '/api/v1/sessions', 403, refusal)
  expect(refusal).toMatchObject({ code: 'missing_scope' })
  expect(
    await queryRows(`SELECT 1 FROM "SalesnipSession" WHERE "buyerName" = $1`, [buyer]),
  ).toEqual([])

  const anonymous = await playwrightRequest.newContext({ baseURL: e2eEnv.baseURL })
  const noToken = await anonymous.get('/api/v1/templates')
  expect(noToken.status()).toBe(401)
  await expectDocumented('get', '/api/v1/templates', 401, await noToken.json())
  const forged = await anonymous.get('/api/v1/templates', {
    headers: { Authorization: `Bearer sst_${'x'.repeat(43)}` },
  })
  expect(forged.status()).toBe(401)

  // Revoked in Settings: the same token is refused at once.
  await page.goto('/settings')
  const tokens = page.getByRole('list', { name: 'API tokens' })
  const name = (await tokens
    .getByText(/^Catalogue sync/)
    .first()
    .textContent())!
  await page.getByRole('button', { name: `Revoke ${name}` }).click()
  await expect(page.getByText(`${name} is revoked.`)).toBeVisible()
  const revoked = await api.get('/api/v1/templates')
  expect(revoked.status()).toBe(401)
  expect(await revoked.json()).toMatchObject({ code: 'token_revoked' })
  // The calls are in the audit log, with the token's member as the actor.
  const audited = await queryRows<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE entity = 'api-token' AND action LIKE $1`,
    [`%(token ${name})`],
  )
  expect(audited.map((row) => row.action)).toEqual(
    expect.arrayContaining([
      `GET /api/v1/templates → 200 (token ${name})`,
      `POST /api/v1/sessions → 403 (token ${name})`,
    ]),
  )
  await api.dispose()
  await anonymous.dispose()
})
