import { describe, expect, it } from 'vitest'
import { metrics } from './metrics'

describe('metrics', () => {
  it('exposes creates by result, SaleSnip latency, read-back lag and sign-in failures', async () => {
    metrics.creates.inc({ result: 'created' })
    metrics.salesnipCalls.observe(
      { method: 'POST', operation: 'create-session', status: '201' },
      0.2,
    )
    metrics.outcomeLag.observe(120)
    metrics.signInFailures.inc({ reason: 'refused' })
    const text = await metrics.registry.metrics()
    expect(text).toContain('studio_session_creates_total{result="created"} 1')
    expect(text).toMatch(
      /studio_salesnip_call_seconds_count\{method="POST",operation="create-session",status="201"\} 1/,
    )
    expect(text).toContain('studio_outcome_readback_lag_seconds_count 1')
    expect(text).toContain('studio_sign_in_failures_total{reason="refused"} 1')
  })
})
