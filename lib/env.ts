// The one place the console and its scripts read process.env (the engine has its own: lib/ecs-local/settings.ts).
// Parsed once with zod, so a bad value fails loudly at start.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

/** `a, b,c` → ['a', 'b', 'c']; unset → []. */
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** `1`/`true`/`yes` → true; unset, `0`, `false`, `no` → false. */
const flag = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const value = (v ?? '').trim().toLowerCase();
    if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    ctx.addIssue({ code: 'custom', message: `use 1 or 0, not ${v}` });
    return z.NEVER;
  });

const ROLE_NAMES = ['viewer', 'operator', 'admin'] as const;

/** `ecs-admins=admin, ecs-ops=operator` → { 'ecs-admins': 'admin', 'ecs-ops': 'operator' }. */
const roleMap = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const out: Record<string, (typeof ROLE_NAMES)[number]> = {};
    for (const pair of (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const eq = pair.lastIndexOf('=');
      const role = pair.slice(eq + 1).trim();
      if (eq <= 0 || !(ROLE_NAMES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: 'custom', message: `${pair} is not GROUP=ROLE with ROLE one of ${ROLE_NAMES.join(', ')}` });
        return z.NEVER;
      }
      out[pair.slice(0, eq).trim()] = role as (typeof ROLE_NAMES)[number];
    }
    return out;
  });

const consoleSchema = z.object({
  PORT: port.default(3000),
  HOSTNAME: z.string().min(1).default('127.0.0.1'),
  AWS_REGION: z.string().min(1).optional(),
  AWS_DEFAULT_REGION: z.string().min(1).optional(),
  AWS_PROFILE: z.string().min(1).optional(),
  AWS_ENDPOINT_URL_ECS: z.url().optional(),
  AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: z.url().optional(),
  AWS_ENDPOINT_URL_CLOUDWATCH: z.url().optional(),
  AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: z.url().optional(),
  AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: z.url().optional(),
  AWS_ENDPOINT_URL: z.url().optional(),
  /** `local` (default), `endpoint` (AWS_ENDPOINT_URL_ECS / AWS_ENDPOINT_URL) or `aws` (real Amazon ECS, opt-in). */
  ECS_CONSOLE_TARGET: z.enum(['local', 'endpoint', 'aws']).optional(),
  ECS_LOCAL_PORT: port.default(4599),
  ECS_LOCAL_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the console keeps what it has seen of stopped tasks (ECS forgets them after about an hour). */
  ECS_CONSOLE_DATA_DIR: z.string().min(1).default('.data'),

  // Security (docs/security.md). The defaults are for one person on their own machine.
  /** `none` (loopback only), `password` (users in the console's SQLite) or `oidc` (an OpenID Connect provider). */
  ECS_CONSOLE_AUTH: z.enum(['none', 'password', 'oidc']).default('none'),
  /** Refuse every mutation on the server, whatever the role. */
  ECS_CONSOLE_READ_ONLY: flag,
  /** Host names (optionally host:port) besides the loopback names that may reach the console. */
  ECS_CONSOLE_ALLOWED_HOSTS: list,
  /** Region ids accepted besides the known AWS Regions (e.g. a new Region, or a local emulator's invented one). */
  ECS_CONSOLE_REGIONS: list.pipe(z.array(z.string().regex(/^[a-z0-9-]{1,32}$/, 'use Region ids like eu-west-1'))),
  /** How long the audit trail keeps an entry. */
  ECS_CONSOLE_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** How long a sign-in lasts. */
  ECS_CONSOLE_SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(12),
  /** Signs the session cookie; when unset, a random one is kept in the console's SQLite. */
  ECS_CONSOLE_SESSION_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  /** The console's address as users' browsers see it (OIDC redirect URI; Secure cookies when https). */
  ECS_CONSOLE_PUBLIC_URL: z.url().optional(),
  ECS_CONSOLE_OIDC_ISSUER: z.url().optional(),
  ECS_CONSOLE_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ECS_CONSOLE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ECS_CONSOLE_OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  /** The ID token or userinfo claim that holds the user's groups. */
  ECS_CONSOLE_OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  /** GROUP=ROLE pairs; the highest role among the user's groups wins. */
  ECS_CONSOLE_OIDC_ROLES: roleMap,
  /** The role of a user none of whose groups is mapped; unset means such a user cannot sign in. */
  ECS_CONSOLE_OIDC_DEFAULT_ROLE: z.enum(ROLE_NAMES).optional(),
  /**
   * How the `endpoint` target signs: `dummy` (default: access key `test`, so no real key ever goes to a custom
   * endpoint) or `default-chain` (the SDK's credential chain, for an endpoint that checks real credentials).
   */
  ECS_CONSOLE_ENDPOINT_CREDENTIALS: z.enum(['dummy', 'default-chain']).default('dummy'),
});

export type ConsoleEnv = z.infer<typeof consoleSchema>;

/** Settings that only make sense together, checked once at start (the console refuses to start otherwise). */
export function consoleSettingsProblems(env: ConsoleEnv): string[] {
  const problems: string[] = [];
  if (env.ECS_CONSOLE_AUTH === 'oidc') {
    if (!env.ECS_CONSOLE_OIDC_ISSUER) problems.push('ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_ISSUER (the issuer URL).');
    if (!env.ECS_CONSOLE_OIDC_CLIENT_ID) problems.push('ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_CLIENT_ID.');
    if (Object.keys(env.ECS_CONSOLE_OIDC_ROLES).length === 0 && !env.ECS_CONSOLE_OIDC_DEFAULT_ROLE)
      problems.push(
        'ECS_CONSOLE_AUTH=oidc needs ECS_CONSOLE_OIDC_ROLES (e.g. ecs-admins=admin,ecs-ops=operator) or ECS_CONSOLE_OIDC_DEFAULT_ROLE.',
      );
  }
  return problems;
}

/** Optional `NEXT_DIST_DIR`: an empty value means the default `.next`, as `next build` treats it. */
const distDir = z
  .string()
  .optional()
  .transform((v) => v || '.next');

const benchSchema = z.object({
  // bench/engine.ts
  BENCH_CONNECTIONS: z.coerce.number().int().positive().default(16),
  BENCH_WARMUP_MS: z.coerce.number().int().min(0).default(1000),
  BENCH_DURATION_MS: z.coerce.number().int().positive().default(5000),
  BENCH_TASKS: z.coerce.number().int().positive().default(10_000),
  // bench/engine-soak.ts (`npm run bench:engine -- soak`)
  BENCH_SOAK_MINUTES: z.coerce.number().int().min(3).default(10),
  BENCH_SOAK_TASKS: z.coerce.number().int().positive().default(2000),
  /** How long a churning task runs before its container exits (seconds, before the time scale). */
  BENCH_SOAK_EXIT_AFTER_SECONDS: z.coerce.number().positive().default(60),
  BENCH_SOAK_TIME_SCALE: z.coerce.number().positive().max(100).default(1),
  // bench/console.ts
  BENCH_CLUSTERS: z.coerce.number().int().positive().default(1000),
  BENCH_RUNS: z.coerce.number().int().positive().default(10),
  BENCH_CONSOLE_PORT: port.default(3199),
  /** Runs one part of `bench:console`; unset runs both. */
  BENCH_ONLY: z.enum(['clusters', 'dashboard']).optional(),
  // bench/console-dashboard.ts (port 0 = a free port)
  BENCH_DASHBOARD_ENGINE_PORT: port.default(0),
  BENCH_DASHBOARD_PROXY_PORT: port.default(0),
  BENCH_DASHBOARD_CONSOLE_PORT: port.default(0),
  BENCH_DASHBOARD_CLUSTERS: z.coerce.number().int().positive().default(20),
  BENCH_DASHBOARD_SERVICES: z.coerce.number().int().positive().default(100),
  BENCH_DASHBOARD_STEADY_MS: z.coerce.number().int().min(0).default(60_000),
  // bench/logs.ts
  BENCH_LOGS_EVENTS: z.coerce.number().int().positive().default(1_000_000),
  BENCH_LOGS_LINES_PER_SECOND: z.coerce.number().int().positive().default(2_000),
  BENCH_LOGS_SECONDS: z.coerce.number().int().positive().default(20),
  BENCH_LOGS_QUERIES: z.coerce.number().int().positive().default(50),
  /** The console of the metrics-tab figure (port 0 = a free port). */
  BENCH_LOGS_CONSOLE_PORT: port.default(0),
  // bench/lb.ts
  BENCH_LB_REQUESTS: z.coerce.number().int().positive().default(2000),
  BENCH_LB_CONNECTIONS: z.coerce.number().int().positive().default(16),
  BENCH_LB_DURATION_MS: z.coerce.number().int().positive().default(5000),
  // bench/autoscaling.ts
  BENCH_AUTOSCALING_SERVICES: z.coerce.number().int().positive().default(2_000),
  BENCH_AUTOSCALING_MINUTES: z.coerce.number().int().positive().default(20),
  NEXT_DIST_DIR: distDir,
  /** Where the benches write their sections, relative to the repository root (or absolute). */
  BENCH_DOCS_FILE: z.string().min(1).default('docs/benchmarks.md'),
});

export type BenchEnv = z.infer<typeof benchSchema>;

const seedSchema = z.object({
  /** Where `seed:large` writes unless `--endpoint` says otherwise. */
  AWS_ENDPOINT_URL_ECS: z.url().optional(),
});

export type SeedEnv = z.infer<typeof seedSchema>;

function parse<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return result.data;
}

/** A reader that parses `process.env` once and caches it; another source (tests) is parsed every time. */
function reader<T extends z.ZodType>(schema: T): (source?: NodeJS.ProcessEnv) => z.infer<T> {
  let cache: z.infer<T> | undefined;
  return (source = process.env) => {
    if (source !== process.env) return parse(schema, source);
    cache ??= parse(schema, source);
    return cache as z.infer<T>;
  };
}

export const consoleEnv: (source?: NodeJS.ProcessEnv) => ConsoleEnv = reader(consoleSchema);
export const benchEnv: (source?: NodeJS.ProcessEnv) => BenchEnv = reader(benchSchema);
export const seedEnv: (source?: NodeJS.ProcessEnv) => SeedEnv = reader(seedSchema);
