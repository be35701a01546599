/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Compressed by the server in front of Next's handler instead: scripts/start/compress.ts.
  compress: false,
  reactStrictMode: true,
  // Native and database drivers stay plain Node modules instead of being bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'pino', 'rate-limiter-flexible'],
  // forbidden(): a member whose role does not allow a page gets app/forbidden.tsx with a 403.
  experimental: {
    authInterrupts: true,
    // A catalogue file may be 5 MB (lib/templates/schema.ts); sent as an action's argument it grows
    // with JSON escaping. Larger bodies are refused before they are read.
    serverActions: { bodySizeLimit: '8mb' },
  },
  // Static files: the pages' and route handlers' headers are set per request in proxy.ts.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ]
  },
}

export default nextConfig
