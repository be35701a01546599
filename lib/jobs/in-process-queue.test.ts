import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The queue embedded SQLite uses: a job that throws is retried with a growing delay until it
// succeeds or runs out of retries; a minute's round never runs twice at once.

const runJob = vi.fn<(name: string, data: unknown) => Promise<void>>()
vi.mock('@/lib/log', () => ({ log: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } }))
vi.mock('./handlers', () => ({ runJob: (name: string, data: unknown) => runJob(name, data) }))

const { send } = await import('./in-process-queue')

describe('the in-process job queue', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    runJob.mockReset()
  })
  afterEach(() => vi.useRealTimers())

  it('retries a failing email with backoff until it is sent, once', async () => {
    runJob
      .mockRejectedValueOnce(new Error('421 try later'))
      .mockRejectedValueOnce(new Error('421 try later'))
      .mockResolvedValue(undefined)
    await send('mail-send', { sealed: 'x' })
    await vi.advanceTimersByTimeAsync(0)
    expect(runJob).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(9_999) // first retry after 10 s
    expect(runJob).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(runJob).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(20_000) // then after 20 s
    expect(runJob).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(runJob).toHaveBeenCalledTimes(3) // sent: nothing more
    expect(runJob).toHaveBeenCalledWith('mail-send', { sealed: 'x' })
  })

  it('gives up after the job’s retry limit', async () => {
    runJob.mockRejectedValue(new Error('550 no such user'))
    await send('event-emails', { eventId: 'e1' })
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000)
    expect(runJob).toHaveBeenCalledTimes(1 + 5) // event-emails: 5 retries
  })

  it('runs a round only when the previous one has finished', async () => {
    let finish = () => {}
    runJob.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)))
    await send('outcomes-read-round', {})
    await send('outcomes-read-round', {})
    await vi.advanceTimersByTimeAsync(0)
    expect(runJob).toHaveBeenCalledTimes(1)
    finish()
    await vi.advanceTimersByTimeAsync(0)
    await send('outcomes-read-round', {})
    await vi.advanceTimersByTimeAsync(0)
    expect(runJob).toHaveBeenCalledTimes(2)
  })
})
