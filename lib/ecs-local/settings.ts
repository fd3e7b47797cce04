// The engine's settings: its ECS_LOCAL_* environment variables and its command-line flags, parsed once with zod
// so a bad value stops the engine at start with a message naming the variable. The console has its own (lib/env.ts).
import { z } from 'zod';
import { DEFAULT_LOGS_MAX_EVENTS, DEFAULT_METRICS_MAX_DATAPOINTS } from './core/context';

const port = z.coerce.number().int().min(0).max(65535);
const runtime = z.enum(['simulated', 'docker']);

/** A comma-separated list of host names or IP addresses (no scheme, no port). */
const hostList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  )
  .pipe(
    z.array(
      z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+|[0-9a-f:.]+)$/, 'a host name or IP address, without scheme or port'),
    ),
  );

const schema = z.object({
  ECS_LOCAL_PORT: port.default(4599),
  ECS_LOCAL_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Host names the engine answers besides loopback ones and ECS_LOCAL_HOST, e.g. its LAN name when it listens on
   * 0.0.0.0. Requests naming any other host are refused (a web page reaching the engine through DNS rebinding).
   */
  ECS_LOCAL_ALLOWED_HOSTS: hostList,
  ECS_LOCAL_DATA_DIR: z.string().min(1).default('.data'),
  ECS_LOCAL_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Multiplies every simulated duration (task start, stop, health grace). 0.1 makes a task start ten times faster. */
  ECS_LOCAL_TIME_SCALE: z.coerce.number().positive().max(100).default(1),
  /** The most CloudWatch Logs events kept (all Regions); the oldest are deleted first. */
  ECS_LOCAL_LOGS_MAX_EVENTS: z.coerce.number().int().min(1000).default(DEFAULT_LOGS_MAX_EVENTS),
  /** The most metric datapoints (metric, dimensions and minute) kept; the oldest are deleted first. */
  ECS_LOCAL_METRICS_MAX_DATAPOINTS: z.coerce.number().int().min(1000).default(DEFAULT_METRICS_MAX_DATAPOINTS),
  /** `real`: load balancer listeners serve on 127.0.0.1 with real health checks (default under the Docker runtime). */
  ECS_LOCAL_LOAD_BALANCERS: z.enum(['real', 'simulated']).optional(),
  /** What runs tasks' containers: nothing (simulated, the default) or the local Docker Engine. `--runtime` overrides it. */
  ECS_LOCAL_RUNTIME: runtime.default('simulated'),
  /** Docker runtime: how long a stopped task's containers are kept before they are removed (ECS's agent: 3 h). */
  ECS_LOCAL_DOCKER_CLEANUP_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(3 * 3600),
});

export type EngineEnv = z.infer<typeof schema>;

export interface EngineCommandLine extends EngineEnv {
  /** `--memory`: keep nothing on disk. */
  memory: boolean;
}

/** The value of `--name VALUE` or `--name=VALUE`, if given. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
}

let cached: EngineEnv | undefined;

/** The engine's environment; `process.env` is parsed once, another source (tests) every time. */
export function engineEnv(source: NodeJS.ProcessEnv = process.env): EngineEnv {
  if (source === process.env && cached) return cached;
  const result = schema.safeParse(source);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  if (source === process.env) cached = result.data;
  return result.data;
}

/** The environment with the command line's flags over it. */
export function engineCommandLine(
  argv: readonly string[] = process.argv.slice(2),
  source: NodeJS.ProcessEnv = process.env,
): EngineCommandLine {
  const env = engineEnv(source);
  const flag = flagValue(argv, '--runtime');
  let chosen = env.ECS_LOCAL_RUNTIME;
  if (flag !== undefined) {
    const parsed = runtime.safeParse(flag);
    if (!parsed.success) throw new Error(`Invalid command line: --runtime must be simulated or docker, not '${flag ?? ''}'.`);
    chosen = parsed.data;
  }
  return { ...env, ECS_LOCAL_RUNTIME: chosen, memory: argv.includes('--memory') };
}
