import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

// Prometheus metrics (prom-client), one registry per server process, served at /api/metrics to
// whoever holds METRICS_TOKEN. Labels are closed sets: never an id, a path parameter or an email.

type Metrics = ReturnType<typeof createMetrics>

function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  return {
    registry,
    creates: new Counter({
      name: 'studio_session_creates_total',
      help: 'Session creates by what they came to (created, failed, unknown, invalid, limited, …).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    salesnipCalls: new Histogram({
      name: 'studio_salesnip_call_seconds',
      help: 'Calls to SaleSnip by method, operation and status.',
      labelNames: ['method', 'operation', 'status'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    outcomeLag: new Histogram({
      name: 'studio_outcome_readback_lag_seconds',
      help: 'How old a session’s stored outcome was when it was read back again.',
      buckets: [60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600],
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: 'studio_sign_in_failures_total',
      help: 'Sign-ins refused: wrong password, deactivated, or over the limit.',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  }
}

// Kept across hot reloads, and shared by every module of the process.
const global = globalThis as unknown as { sessionStudioMetrics?: Metrics }
export const metrics: Metrics = (global.sessionStudioMetrics ??= createMetrics())
