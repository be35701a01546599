// Small helpers for `npm run bench`: figures are printed as `BENCH <name> <value> <unit>`.
import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from '../test/free-port.mjs'

export function report(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${Number(value.toFixed(2))} ${unit}`)
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? NaN
}

export type RunningApp = { baseUrl: string; readyMs: number; stop: () => void }

/** Runs `npm start` (on an existing build) and waits for its first answer to GET / (any status). */
export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const port = await freePort()
  const startedAt = performance.now()
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stop() ends npm, tsx and next together
  })
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = startedAt + 120_000
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${baseUrl}/`, { redirect: 'manual' })
      await response.arrayBuffer()
      return { baseUrl, readyMs: performance.now() - startedAt, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  stop()
  throw new Error('npm start did not answer within 2 minutes')
}

/** Times `count` sequential GETs of a page (after `warmUp` more, 10 by default), in milliseconds. */
export async function timeRequests(
  /** One address, or the address of the i-th request (a view that varies, e.g. its search). */
  urlOf: string | ((i: number) => string),
  count: number,
  { cookie, warmUp = 10 }: { cookie?: string; warmUp?: number } = {},
): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < warmUp + count; i += 1) {
    const url = typeof urlOf === 'string' ? urlOf : urlOf(i)
    const started = performance.now()
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' })
    await response.arrayBuffer()
    // Not a redirect to sign-in: that would time the wrong page.
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
    if (i >= warmUp) samples.push(performance.now() - started)
  }
  return samples
}

/** One page of `timeInterleaved`: its address (or the address of its i-th request) and cookie. */
export type TimedTarget = { url: string | ((i: number) => string); cookie?: string }

/**
 * Times `count` GETs of each target (after `warmUp` more), one request of each in turn, so a noisy
 * moment on a shared machine falls on every target alike rather than on whichever block of requests
 * it met. The order alternates from one turn to the next: no target always follows the same one.
 * Returns the samples of each target, in milliseconds, in the targets' order.
 */
export async function timeInterleaved(
  targets: TimedTarget[],
  count: number,
  { warmUp = 10 }: { warmUp?: number } = {},
): Promise<number[][]> {
  const samples = targets.map(() => [] as number[])
  for (let i = 0; i < warmUp + count; i += 1) {
    const order = targets.map((_, index) => index)
    if (i % 2 === 1) order.reverse()
    for (const index of order) {
      const { url, cookie } = targets[index]!
      const [ms] = await timeRequests(typeof url === 'string' ? url : url(i), 1, {
        cookie,
        warmUp: 0,
      })
      if (i >= warmUp) samples[index]!.push(ms!)
    }
  }
  return samples
}
