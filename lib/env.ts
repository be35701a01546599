import { z } from 'zod'

// The one place that reads process.env. Everything else imports `env` from here, so a bad value stops
// the process at start with a message naming the variable, instead of failing later somewhere deep.

const DEFAULT_DATABASE_URL = 'file:./data/studio.db'

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: 'must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)',
  })

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Absent: an embedded SQLite file under data/, no set-up needed.
  DATABASE_URL: z
    .preprocess((v) => (v === '' ? undefined : v), databaseUrl.optional())
    .transform((v) => v ?? DEFAULT_DATABASE_URL),
  PORT: z.coerce.number<string>().int().min(1).max(65535).default(3000),
})

export type Env = z.infer<typeof envSchema>

/** Parses an environment; exported for tests. Throws one message that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Invalid environment variables:\n${lines.join('\n')}`)
}

export const env: Env = parseEnv(process.env)

export const databaseKind: 'sqlite' | 'postgres' = env.DATABASE_URL.startsWith('file:')
  ? 'sqlite'
  : 'postgres'
