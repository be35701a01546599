import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from '../scripts/tools/test/free-port.mjs'
import { e2eEnv } from './e2e-env'

// Another app instance of the same build on the suite's database, for tests that stop or kill one.
// Node itself with tsx as a loader, as npm start runs it: a signal reaches the server directly.

export async function spawnInstance(
  env: Record<string, string>,
): Promise<{ process: ChildProcess; baseURL: string }> {
  const port = await freePort()
  // Its own job queue unless told otherwise: an instance with other settings must neither take the
  // suite's jobs (webhooks to 127.0.0.1 it would refuse) nor rewrite their queues' retry settings.
  const jobsSchema = `jobs_spawned_${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_ENV: 'local',
      PORT: String(port),
      DATABASE_URL: e2eEnv.databaseUrl,
      JOBS_SCHEMA: jobsSchema,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { process: child, baseURL: `http://127.0.0.1:${port}` }
}
