import pino from 'pino'
import { env } from '@/lib/env'

// Structured JSON logs (pino), one object a line on stdout, for whatever collects them. Secrets are
// removed by path before anything is written, whichever code logged them; messages never carry a
// key, a password or a cookie (SaleSnip's answers are redacted before they reach a log: client.ts).

const SECRET_PATHS = [
  'apiKey',
  'password',
  'token',
  'authorization',
  'cookie',
  '*.apiKey',
  '*.password',
  '*.token',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  'err.config',
]

export const log = pino(
  {
    level: env.LOG_LEVEL,
    base: { service: 'session-studio' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
  },
  // process.stdout rather than pino's own file descriptor writer: the same lines, and a test can
  // read exactly what would be written.
  process.stdout,
)

export type Logger = typeof log
