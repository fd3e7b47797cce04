/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native module: the console's own stopped-task memory (ECS_CONSOLE_DATA_DIR/console.sqlite)
  // loads it from node_modules at run time rather than through the bundle.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Lets several builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
