/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and database drivers stay plain Node modules instead of being bundled.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // forbidden(): a member whose role does not allow a page gets app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
}

export default nextConfig
