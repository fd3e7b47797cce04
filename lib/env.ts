// The one place that reads process.env. Parsed once with zod, so a bad value fails loudly at start.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const engineSchema = z.object({
  ECS_LOCAL_PORT: port.default(4599),
  ECS_LOCAL_HOST: z.string().min(1).default('127.0.0.1'),
  ECS_LOCAL_DATA_DIR: z.string().min(1).default('.data'),
  ECS_LOCAL_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Multiplies every simulated duration (task start, stop, health grace). 0.1 makes a task start ten times faster. */
  ECS_LOCAL_TIME_SCALE: z.coerce.number().positive().max(100).default(1),
});

export type EngineEnv = z.infer<typeof engineSchema>;

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

function parse<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return result.data;
}

let engineCache: EngineEnv | undefined;
let consoleCache: ConsoleEnv | undefined;

export function engineEnv(source: NodeJS.ProcessEnv = process.env): EngineEnv {
  if (source !== process.env) return parse(engineSchema, source);
  engineCache ??= parse(engineSchema, source);
  return engineCache;
}

export function consoleEnv(source: NodeJS.ProcessEnv = process.env): ConsoleEnv {
  if (source !== process.env) return parse(consoleSchema, source);
  consoleCache ??= parse(consoleSchema, source);
  return consoleCache;
}
