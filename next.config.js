/** @type {import('next').NextConfig} */
const nextConfig = {
  // The engine's native SQLite module never enters the console bundle; the console talks to it over HTTP.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
};

module.exports = nextConfig;
