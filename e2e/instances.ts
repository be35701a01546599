import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { e2eEnv } from './e2e-env'

// Another app instance of the same build on the suite's database, for tests that stop or kill one.
// Node itself with tsx as a loader, as npm start runs it: a signal reaches the server directly.

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

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
