// Free TCP ports on 127.0.0.1 for the servers a run starts (several sessions may share the machine).
// `node free-port.mjs [count]` prints `count` distinct ports, space-separated.
//
// Why not listen(0): the kernel hands out a port from the ephemeral range, the same range it takes
// the local ports of outgoing connections from. Between the pick and the server's own listen, a
// connection to PostgreSQL or to another app instance could take it (EADDRINUSE; it failed a CI run).
// Ports below that range are never given to outgoing connections; each is checked to be bindable now.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { pathToFileURL } from 'node:url'

const LOWEST = 10_000

function ephemeralRangeStart() {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)
    return Number(low) || 32_768
  } catch {
    return 32_768 // Linux's default
  }
}

/** @param {number} port @returns {Promise<boolean>} */
function canListen(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Distinct ports, each free on 127.0.0.1 now and outside the ephemeral range. @param {number} count */
export async function freePorts(count) {
  const end = ephemeralRangeStart()
  /** @type {Set<number>} */
  const ports = new Set()
  for (let tries = 0; ports.size < count; tries++) {
    if (tries > 1000) throw new Error(`no ${count} free ports below ${end}`)
    const port = LOWEST + Math.floor(Math.random() * (end - LOWEST))
    if (!ports.has(port) && (await canListen(port))) ports.add(port)
  }
  return [...ports]
}

/** One free port (see freePorts). */
export async function freePort() {
  const [port] = await freePorts(1)
  return /** @type {number} */ (port)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await freePorts(Number(process.argv[2] ?? 1))).join(' '))
}
