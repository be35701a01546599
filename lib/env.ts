import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { z } from '@/lib/zod'

// The one place that reads process.env. Everything else imports `env` from here, so a bad value stops
// the process at start with a message naming the variable, instead of failing later somewhere deep.

const DEFAULT_DATABASE_URL = 'file:./data/studio.db'
const LOCAL_SECRET_FILE = 'data/app-secret'

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value)

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // Absent: an embedded SQLite file under data/, no set-up needed.
    DATABASE_URL: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .trim()
        .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
          message: 'must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)',
        })
        .default(DEFAULT_DATABASE_URL),
    ),
    PORT: z.coerce.number<string>().int().min(1).max(65535).default(3000),
    // Signs sessions and encrypts secrets at rest. Locally it is made once and kept in data/.
    APP_SECRET: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .min(32, 'must be at least 32 characters (try: openssl rand -base64 32)')
        .optional(),
    ),
    // The address people open the console at, e.g. https://studio.example.com.
    // Kept without a trailing slash, so every link built on it is `${APP_URL}/path`.
    APP_URL: z.preprocess(
      emptyAsUnset,
      z
        .url({ protocol: /^https?$/ })
        .transform((url) => url.replace(/\/+$/, ''))
        .optional(),
    ),
    // SaleSnip connection for deployments; otherwise set on the Settings page (or the sandbox runs).
    SALESNIP_API_KEY: z.preprocess(emptyAsUnset, z.string().trim().min(8).optional()),
    SALESNIP_BASE_URL: z.preprocess(
      emptyAsUnset,
      z.url({ protocol: /^https?$/ }).default('https://api.salesnip.com'),
    ),
    SALESNIP_TIMEOUT_MS: z.coerce.number<string>().int().min(100).max(120_000).default(10_000),
    // Reads of GET /v1/sessions/{id} the whole console may make in a minute, across instances.
    SALESNIP_READS_PER_MINUTE: z.coerce.number<string>().int().min(1).max(100_000).default(60),
    // A live session with no activity (opens, price moves, returns) for this many days expires:
    // it is no longer read back.
    SESSION_EXPIRY_DAYS: z.coerce.number<string>().int().min(1).max(3650).default(30),
    // Sessions one member may create per minute, across all instances (the benchmark raises it).
    CREATE_SESSIONS_PER_MINUTE: z.coerce.number<string>().int().min(1).max(100_000).default(30),
    // production | local. Unset: production exactly when NODE_ENV=production, whatever the database
    // (a demo team with published passwords is only ever seeded where APP_ENV=local says so). `npm
    // start` hands its decision to the server, which always runs with NODE_ENV=production.
    APP_ENV: z.preprocess(emptyAsUnset, z.enum(['production', 'local']).optional()),
    // How many reverse proxies in front of the app append to X-Forwarded-For. 0: the client is the
    // socket's peer and the header is ignored (anyone can write it).
    TRUSTED_PROXY_HOPS: z.coerce.number<string>().int().min(0).max(10).default(0),
    // The local SaleSnip stand-in. Off in production unless explicitly enabled.
    SANDBOX_ENABLED: z.preprocess(emptyAsUnset, z.enum(['true', 'false']).optional()),
    // Outgoing mail (notifications, invitations): smtp://user:pass@host:port or smtps://…; unset, no
    // mail is sent and invitation links are only shown to the admin.
    SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/ }).optional()),
    MAIL_FROM: z.preprocess(
      emptyAsUnset,
      z.string().trim().min(3).default('Session Studio <no-reply@session-studio.invalid>'),
    ),
    // Requests one API token may make in a minute, across instances (the benchmark raises it).
    API_REQUESTS_PER_MINUTE: z.coerce.number<string>().int().min(1).max(100_000).default(120),
    // Webhooks to loopback or private addresses (a receiver on this machine, in tests): off unless set.
    WEBHOOK_ALLOW_PRIVATE: z.preprocess(emptyAsUnset, z.enum(['true', 'false']).default('false')),
    // The first retry of a failed webhook waits this long, each next one twice as long: 13 retries
    // from 10 s span about 23 hours. Tests shorten it.
    WEBHOOK_RETRY_SECONDS: z.coerce.number<string>().int().min(1).max(600).default(10),
    // The PostgreSQL schema of the job queue (pg-boss), beside the app's tables.
    JOBS_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,40}$/, 'must be a lowercase PostgreSQL schema name')
      .default('pgboss'),
    // Serves /bench-bare, the benchmark's bare dynamic page (npm run bench sets it); off otherwise.
    BENCH_BARE_PAGE: z.preprocess(emptyAsUnset, z.enum(['true', 'false']).default('false')),
    // Bearer token for /api/metrics (Prometheus); unset: the metrics endpoint answers 404.
    METRICS_TOKEN: z.preprocess(emptyAsUnset, z.string().min(16).optional()),
    // Set by Next while it builds: the build is the same for every environment and reads no secret.
    NEXT_PHASE: z.string().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((values, context) => {
    if (!isProduction(values) || values.NEXT_PHASE === 'phase-production-build') return
    for (const name of ['APP_SECRET', 'APP_URL'] as const) {
      if (!values[name]) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'is required in production (NODE_ENV=production without APP_ENV=local)',
        })
      }
    }
  })

/** Production: NODE_ENV=production (or APP_ENV=production), unless APP_ENV=local says otherwise. */
function isProduction(values: { NODE_ENV: string; APP_ENV?: string }) {
  if (values.APP_ENV) return values.APP_ENV === 'production'
  return values.NODE_ENV === 'production'
}

type Env = Omit<z.infer<typeof envSchema>, 'SANDBOX_ENABLED'> & {
  APP_SECRET: string
  isProduction: boolean
  /** Whether the app serves its SaleSnip sandbox (API and buyer chat). */
  sandboxEnabled: boolean
}

/** Parses an environment; exported for tests. Throws one message that names every bad variable. */
export function parseEnv(
  source: Record<string, string | undefined>,
  localSecret: () => string = readOrCreateLocalSecret,
): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`)
  }
  const { SANDBOX_ENABLED, ...values } = result.data
  const production = isProduction(values)
  return {
    ...values,
    APP_SECRET: values.APP_SECRET ?? localSecret(),
    isProduction: production,
    sandboxEnabled: SANDBOX_ENABLED ? SANDBOX_ENABLED === 'true' : !production,
  }
}

/** Outside production a missing APP_SECRET is made once and kept, so sessions survive restarts. */
function readOrCreateLocalSecret(): string {
  try {
    return readFileSync(LOCAL_SECRET_FILE, 'utf8').trim()
  } catch {
    mkdirSync('data', { recursive: true, mode: 0o700 })
    const secret = randomBytes(32).toString('base64url')
    try {
      writeFileSync(LOCAL_SECRET_FILE, secret, { flag: 'wx', mode: 0o600 })
      return secret
    } catch {
      return readFileSync(LOCAL_SECRET_FILE, 'utf8').trim() // another process made it first
    }
  }
}

export const env: Env = parseEnv(process.env)

export const databaseKind: 'sqlite' | 'postgres' = env.DATABASE_URL.startsWith('file:')
  ? 'sqlite'
  : 'postgres'
