// The production server: Next's request handler behind a plain Node HTTP server, so that the app
// knows who it talks to and stops cleanly. It sets the client's address from the socket (and
// TRUSTED_PROXY_HOPS proxies) and a request id on every request, replacing what a client sent, and on
// SIGTERM stops taking requests, lets the ones in flight (a create waiting on SaleSnip) finish, then
// exits. It also compresses responses (compress.ts). Started by scripts/start/start.ts with
// NODE_ENV=production.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import next from 'next'
import { addressFromRequest, CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address'
import { env } from '@/lib/env'
import { REQUEST_ID_HEADER } from '@/lib/request-id'
import { compressed } from './compress'

const port = env.PORT
const hops = env.TRUSTED_PROXY_HOPS
const GRACE_MS = 30_000 // longer than SaleSnip's timeout: a create in flight gets its answer

const app = next({ dev: false, port, hostname: 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  const forwarded = request.headers['x-forwarded-for']
  request.headers[CLIENT_ADDRESS_HEADER] =
    addressFromRequest(
      request.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      hops,
    ) ?? ''
  const id = request.headers[REQUEST_ID_HEADER]
  request.headers[REQUEST_ID_HEADER] =
    typeof id === 'string' && /^[\w-]{8,64}$/.test(id) ? id : randomUUID()
  compressed(request, response, () => void handle(request, response))
})
// Idle keep-alive connections stay open 65 s, longer than the 60 s idle timeout of the usual load
// balancers and of clients that reuse sockets (with Node's 5 s default a reused socket could meet
// ECONNRESET, seen in the e2e suite).
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`Ready on port ${port}`))

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing the requests in flight, then stopping`)
    server.close(() => process.exit(0))
    // Keep-alive connections: closed as soon as their request in flight has its answer.
    server.closeIdleConnections()
    setInterval(() => server.closeIdleConnections(), 200).unref()
    setTimeout(() => process.exit(1), GRACE_MS).unref()
  })
}
