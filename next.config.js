/** @type {import('next').NextConfig} */
const nextConfig = {
  // The engine's native SQLite module never enters the console bundle; the console talks to it over HTTP.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Lets several builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
