// The one place the console and its scripts read process.env (the engine has its own: lib/ecs-local/settings.ts).
// Parsed once with zod, so a bad value fails loudly at start.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const consoleSchema = z.object({
  PORT: port.default(3000),
  HOSTNAME: z.string().min(1).default('127.0.0.1'),
  AWS_REGION: z.string().min(1).optional(),
  AWS_DEFAULT_REGION: z.string().min(1).optional(),
  AWS_PROFILE: z.string().min(1).optional(),
  AWS_ENDPOINT_URL_ECS: z.url().optional(),
  AWS_ENDPOINT_URL: z.url().optional(),
  /** `local` (default), `endpoint` (AWS_ENDPOINT_URL_ECS / AWS_ENDPOINT_URL) or `aws` (real Amazon ECS, opt-in). */
  ECS_CONSOLE_TARGET: z.enum(['local', 'endpoint', 'aws']).optional(),
  ECS_LOCAL_PORT: port.default(4599),
  ECS_LOCAL_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the console keeps what it has seen of stopped tasks (ECS forgets them after about an hour). */
  ECS_CONSOLE_DATA_DIR: z.string().min(1).default('.data'),
});

export type ConsoleEnv = z.infer<typeof consoleSchema>;

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
