// Where the e2e server listens and which database it uses, decided once in the Playwright config and
// handed to the workers through the environment so that every process agrees.
const port = Number(process.env.E2E_PORT ?? 3100)

// On PostgreSQL a second app instance shares the database, as in production.
const secondPort = process.env.E2E_SECOND_PORT ? Number(process.env.E2E_SECOND_PORT) : null

// The SMTP server the suite starts (scripts/tools/test/mail-catcher.mjs) and its HTTP read-back.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 2000)
const mailPort = Number(process.env.E2E_MAIL_PORT ?? port + 2001)

export const e2eEnv = {
  port,
  smtpPort,
  mailURL: `http://127.0.0.1:${mailPort}`,
  baseURL: `http://127.0.0.1:${port}`,
  secondBaseURL: secondPort ? `http://127.0.0.1:${secondPort}` : null,
  // SQLite by default: a file of its own, so the suite never touches the developer's data.
  databaseUrl: process.env.E2E_DATABASE_URL ?? `file:./data/e2e-${port}.db`,
}

process.env.E2E_PORT = String(e2eEnv.port)
process.env.E2E_SMTP_PORT = String(smtpPort)
process.env.E2E_MAIL_PORT = String(mailPort)
process.env.E2E_DATABASE_URL = e2eEnv.databaseUrl

// Like Dub's assert-local-database: tests write data, so they never run against a remote database.
if (!/^file:|^postgres(ql)?:\/\/[^@]*@(127\.0\.0\.1|localhost)[:/]/.test(e2eEnv.databaseUrl)) {
  throw new Error(`Refusing to run e2e tests against a non-local database: ${e2eEnv.databaseUrl}`)
}

/** The metrics endpoint's token on the e2e servers (a test, not a secret). */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-not-secret'
