import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressed } from './compress'

// What a browser or a CRM receives from the server in front of Next: every page and file compressed
// as it asks, and the CSV export at gzip's fastest level, streamed in pieces as the export writes it.

const csvLine = 'created_at,status,buyer_name,company\n2026-12-01T10:00:00.000Z,Sent,Ada,Wonka\n'
const csv = csvLine.repeat(2_000)
const html = `<!DOCTYPE html><html><body>${'<p>History</p>'.repeat(2_000)}</body></html>`

let server: Server
let port: number
beforeAll(async () => {
  server = createServer((request, response) =>
    compressed(request, response, () => {
      const isExport = request.url === '/export'
      response.setHeader('Content-Type', isExport ? 'text/csv; charset=utf-8' : 'text/html')
      if (!isExport) return response.end(html)
      // Streamed without a length, as the export is.
      for (let at = 0; at < csv.length; at += 10_000) response.write(csv.slice(at, at + 10_000))
      response.end()
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** The raw answer, not decoded (fetch would decode it). */
function get(path: string, acceptEncoding: string) {
  return new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
    const call = httpRequest(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            encoding: response.headers['content-encoding'],
            vary: String(response.headers.vary),
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    call.on('error', reject).end()
  })
}

// Byte 8 of a gzip header (XFL) is 4 when the compressor used its fastest level, 0 at the default.
const gzipLevelFlag = (body: Buffer) => body[8]

describe('compressed responses', () => {
  it('sends the CSV export gzipped at the fastest level, whole', async () => {
    const answer = await get('/export', 'gzip, deflate')
    expect(answer.encoding).toBe('gzip')
    expect(answer.vary).toContain('Accept-Encoding')
    expect(gzipLevelFlag(answer.body)).toBe(4)
    expect(gunzipSync(answer.body).toString()).toBe(csv)
    expect(answer.body.length).toBeLessThan(csv.length / 4)
  })

  it('sends pages gzipped at the default level', async () => {
    const answer = await get('/history', 'gzip, deflate')
    expect(answer.encoding).toBe('gzip')
    expect(gzipLevelFlag(answer.body)).toBe(0)
    expect(gunzipSync(answer.body).toString()).toBe(html)
  })

  it('prefers Brotli when a browser takes it, for pages and the export', async () => {
    for (const [path, text] of [
      ['/export', csv],
      ['/history', html],
    ] as const) {
      const answer = await get(path, 'gzip, deflate, br, zstd')
      expect(answer.encoding).toBe('br')
      expect(brotliDecompressSync(answer.body).toString()).toBe(text)
    }
  })

  it('sends plain text to a client that takes no compression', async () => {
    const answer = await get('/export', 'identity')
    expect(answer.encoding).toBeUndefined()
    expect(answer.body.toString()).toBe(csv)
  })
})
