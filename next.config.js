// The console's Next.js configuration. The security headers here go on every response (pages, route handlers,
// static files); the Content-Security-Policy, which needs a per-request nonce, is set by proxy.ts.
// serverActions.allowedOrigins gets the same ECS_CONSOLE_ALLOWED_HOSTS that proxy.ts accepts as Host, so a
// reverse proxy that rewrites Host still passes Next's Origin check on server actions (docs/security.md).

/** `a.example.com, b.example.com:8443` → ['a.example.com', 'b.example.com:8443'] (read here: next.config cannot import TS). */
const allowedHosts = (process.env.ECS_CONSOLE_ALLOWED_HOSTS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 (both builds, lib/sqlite.ts) and @node-rs/argon2 are native modules: the console's SQLite (stopped-task memory, users,
  // sessions, audit trail) and password hashes load them from node_modules at run time, not through the bundle.
  serverExternalPackages: ['better-sqlite3', 'better-sqlite3-node20', '@node-rs/argon2'],
  poweredByHeader: false,
  // This folder is the project's root, wherever the checkout sits: without it Next picks the folder of the outermost
  // lockfile it finds above, and a checkout inside another npm project (as .ci/run's Node 24 copy was) gets its files
  // named from there, so the build's server-action manifest no longer says lib/actions/….
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // Lets several builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    serverActions: { allowedOrigins: allowedHosts },
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
