// The agent's command line (`npm run ecs-local -- agent --cluster NAME [...]`), parsed once with zod so a bad
// flag stops it with a message naming the flag. CPU and memory default to the machine's.
import crypto from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';

export interface AgentOptions {
  cluster: string;
  endpoint: string;
  region: string;
  runtime: 'docker' | 'simulated';
  external: boolean;
  /** The EC2 instance id (`i-…`, or `mi-…` for an external instance) in the identity document: stable per name. */
  instanceId: string;
  zone: string;
  cpu: number;
  memory: number;
  attributes: { name: string; value: string }[];
  pollMs: number;
  /** Called when the engine says the instance was deregistered (after its tasks stopped). */
  onDeregistered?: () => void;
}

const flags = z.object({
  cluster: z.string().min(1, '--cluster names the cluster to join'),
  endpoint: z.url().default(`http://127.0.0.1:${process.env.ECS_LOCAL_PORT ?? 4599}`),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, '--region must be a region name such as us-east-1')
    .default('us-east-1'),
  runtime: z.enum(['docker', 'simulated']).default('docker'),
  external: z.boolean().default(false),
  name: z.string().min(1).default(os.hostname()),
  zone: z.string().min(1).optional(),
  cpu: z.coerce
    .number()
    .int()
    .positive()
    .default(os.cpus().length * 1024),
  memory: z.coerce
    .number()
    .int()
    .positive()
    .default(Math.floor(os.totalmem() / 1024 / 1024)),
  attribute: z.array(z.string().regex(/^[^=]+=.*$/, '--attribute takes NAME=VALUE')).default([]),
  'poll-ms': z.coerce.number().int().min(100).max(60_000).default(1000),
});

const BOOLEAN = new Set(['external']);
const REPEATED = new Set(['attribute']);

/** `--name value`, `--name=value` and bare boolean flags into an object; unknown flags are refused. */
function collect(argv: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`Unexpected argument '${argv[i]}'. Flags look like --cluster NAME.`);
    const [, name, inline] = m;
    if (!(name in flags.shape))
      throw new Error(
        `Unknown flag --${name}. Known: ${Object.keys(flags.shape)
          .map((k) => `--${k}`)
          .join(', ')}.`,
      );
    const value = BOOLEAN.has(name) ? (inline ?? 'true') !== 'false' : (inline ?? argv[++i]);
    if (value === undefined) throw new Error(`--${name} needs a value.`);
    if (REPEATED.has(name)) out[name] = [...((out[name] as string[]) ?? []), value];
    else out[name] = value;
  }
  return out;
}

export function agentOptions(argv: readonly string[]): AgentOptions {
  const parsed = flags.safeParse(collect(argv));
  if (!parsed.success)
    throw new Error(`Invalid agent flags: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const f = parsed.data;
  const hash = crypto.createHash('sha256').update(`${f.name}/${f.cluster}/${f.region}`).digest('hex').slice(0, 17);
  return {
    cluster: f.cluster,
    endpoint: f.endpoint,
    region: f.region,
    runtime: f.runtime,
    external: f.external,
    instanceId: `${f.external ? 'mi' : 'i'}-${hash}`,
    zone: f.zone ?? `${f.region}a`,
    cpu: f.cpu,
    memory: f.memory,
    attributes: f.attribute.map((a) => ({ name: a.slice(0, a.indexOf('=')), value: a.slice(a.indexOf('=') + 1) })),
    pollMs: f['poll-ms'],
  };
}
