import { E2E_METRICS_TOKEN } from './e2e-env'
import { expect, test, uniqueName } from './fixtures'
import { composeInput, createSession } from './sessions'

// What operators and their tools read: health for load balancers, metrics for Prometheus.

test('liveness and readiness answer, readiness checking the database and its migrations', async ({
  request,
}) => {
  const live = await request.get('/api/health/live')
  expect(live.status()).toBe(200)
  const ready = await request.get('/api/health/ready')
  expect(ready.status()).toBe(200)
  expect(await ready.json()).toEqual({ ok: true, problems: [] })
})

test('metrics need the token, and count creates by result', async ({ page, request }) => {
  expect((await request.get('/api/metrics')).status()).toBe(401)
  const wrong = await request.get('/api/metrics', { headers: { Authorization: 'Bearer nope' } })
  expect(wrong.status()).toBe(401)
  await createSession(page, await composeInput({ name: uniqueName('Metrics buyer') }))
  const scrape = await request.get('/api/metrics', {
    headers: { Authorization: `Bearer ${E2E_METRICS_TOKEN}` },
  })
  expect(scrape.status()).toBe(200)
  const text = await scrape.text()
  expect(text).toMatch(/studio_session_creates_total\{result="created"\} [1-9]/)
  expect(text).toMatch(/studio_salesnip_call_seconds_count\{[^}]*operation="create-session"/)
})
