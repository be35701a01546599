// Response compression, here in front of Next's handler rather than Next's own (turned off in
// next.config.mjs), because only here can one kind of response get its own level: Next's handler
// drops a route's Content-Encoding header, so a route cannot compress its own body.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { constants } from 'node:zlib'
import compression from 'compression'

// The package is typed as Express middleware, but it only needs Node's own request and response.
type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void

const isCsv = (response: ServerResponse) =>
  String(response.getHeader('Content-Type') ?? '').startsWith('text/csv')

// Pages, scripts and JSON: the package's defaults (gzip level 6, Brotli quality 4), as Next's were.
const pages = compression({
  filter: (request, response) => !isCsv(response) && compression.filter(request, response),
}) as unknown as Middleware

// The history's CSV export streams a million rows (about 250 MB of text): at level 6, gzip took a
// third of the export's time. The fastest levels still shrink CSV about fourfold.
const csvExports = compression({
  filter: (request, response) => isCsv(response),
  level: constants.Z_BEST_SPEED,
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MIN_QUALITY } },
}) as unknown as Middleware

/** Wraps the response so that what the handler writes goes out compressed as negotiated. */
export function compressed(request: IncomingMessage, response: ServerResponse, handle: () => void) {
  pages(request, response, () => csvExports(request, response, handle))
}
