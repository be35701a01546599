/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and database drivers stay plain Node modules instead of being bundled.
  serverExternalPackages: ['better-sqlite3', 'pg'],
}

export default nextConfig
