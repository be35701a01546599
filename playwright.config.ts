import { defineConfig, devices } from '@playwright/test'
import { storageStateOf } from './e2e/auth'
import { E2E_METRICS_TOKEN, e2eEnv } from './e2e/e2e-env'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Journeys visit several pages and check each with axe (2–4 s a page on these 2-core machines):
  // 30 s left the longest ones at the edge (a deactivated member's journey took 31 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: e2eEnv.baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on this offline machine.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'sign-in', testMatch: /auth\.setup\.ts/ },
    {
      name: 'journeys',
      dependencies: ['sign-in'],
      testIgnore: [/auth\.setup\.ts/, /connection-key\.spec\.ts/],
      // Signed in as the demo admin unless a test says otherwise.
      use: { storageState: storageStateOf('admin') },
    },
    {
      // Storing a SaleSnip key switches the sandbox off for everyone: after the other journeys.
      name: 'live-connection',
      dependencies: ['journeys'],
      testMatch: /connection-key\.spec\.ts/,
      use: { storageState: storageStateOf('admin') },
    },
  ],
  webServer: [
    {
      // A real SMTP server on 127.0.0.1: the app's emails go there and tests read them back.
      command: `node scripts/tools/test/mail-catcher.mjs ${e2eEnv.smtpPort} ${new URL(e2eEnv.mailURL).port}`,
      url: `${e2eEnv.mailURL}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    appServer(e2eEnv.port),
    ...(process.env.E2E_SECOND_PORT ? [appServer(Number(process.env.E2E_SECOND_PORT))] : []),
  ],
})

function appServer(port: number) {
  return {
    // The production build, exactly as `npm start` serves it (builds first if the sources changed).
    command: './node_modules/.bin/tsx scripts/start/start.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    env: {
      PORT: String(port),
      DATABASE_URL: e2eEnv.databaseUrl,
      // The sandbox's timeout fault answers after 15 s. 3 s was too short for the sandbox, served by
      // the same busy process, to answer 50 simultaneous creates on a loaded 2-core machine (they
      // came back "unknown"); 8 s still keeps the timeout test well under its budget.
      SALESNIP_TIMEOUT_MS: '8000',
      METRICS_TOKEN: E2E_METRICS_TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${e2eEnv.smtpPort}`,
      MAIL_FROM: 'Session Studio <studio@e2e.test>',
      // The webhook receiver of the tests listens on 127.0.0.1; its retries need not take minutes.
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SECONDS: '1',
      // The suite creates its sessions as three seeded members, from many tests at once; at the
      // production limit (30 a minute per member) one test's burst refused another's create. The
      // limit itself is tested in Vitest (create-session.test.ts).
      CREATE_SESSIONS_PER_MINUTE: '1000',
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  }
}
