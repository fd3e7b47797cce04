// `npm run seed:large`: fills an ECS engine with 20 clusters × 100 services (desired 1 each, a few failing on
// purpose via fault-injection labels) through the real SDK, idempotently. Only talks to a loopback endpoint.
// Options: --endpoint http://127.0.0.1:4599 --region us-east-1 --clusters 20 --services 100 --failing 5
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServicesCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { seedEnv } from '../lib/env';

export interface SeedOptions {
  endpoint: string;
  region: string;
  clusters: number;
  servicesPerCluster: number;
  /** Services (spread over the clusters) whose container exits, so the dashboard has something to explain. */
  failing: number;
  concurrency: number;
  log?: (line: string) => void;
}

export const SEED_DEFAULTS: SeedOptions = {
  endpoint: 'http://127.0.0.1:4599',
  region: 'us-east-1',
  clusters: 20,
  servicesPerCluster: 100,
  failing: 5,
  concurrency: 16,
};

const NETWORK = {
  awsvpcConfiguration: { subnets: ['subnet-seed'], securityGroups: ['sg-seed'], assignPublicIp: 'ENABLED' as const },
};

function taskDefinition(family: string, labels?: Record<string, string>) {
  return {
    family,
    networkMode: 'awsvpc' as const,
    requiresCompatibilities: ['FARGATE' as const],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:latest', essential: true, dockerLabels: labels }],
  };
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function assertLoopback(endpoint: string): void {
  const host = new URL(endpoint).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    throw new Error(`Refusing to seed ${endpoint}: seed:large only writes to a local engine (127.0.0.1 / localhost).`);
}

export async function seedLarge(options: SeedOptions): Promise<{ created: number; existing: number }> {
  assertLoopback(options.endpoint);
  const log = options.log ?? (() => {});
  const ecs = new ECSClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 5,
  });
  for (const [family, labels] of [
    ['seed-web', undefined],
    ['seed-crash', { 'ecs-local.exit-code': '1', 'ecs-local.exit-after': '20' }],
  ] as const) {
    const exists = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family })).then(
      () => true,
      () => false,
    );
    if (!exists) await ecs.send(new RegisterTaskDefinitionCommand(taskDefinition(family, labels)));
  }
  const clusterNames = Array.from({ length: options.clusters }, (_, i) => `seed-${String(i + 1).padStart(2, '0')}`);
  let created = 0;
  let existing = 0;
  let failingLeft = options.failing;
  for (const cluster of clusterNames) {
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    const present = new Set<string>();
    let nextToken: string | undefined;
    do {
      const page = await ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 }));
      for (const arn of page.serviceArns ?? []) present.add(arn.split('/').pop() ?? '');
      nextToken = page.nextToken;
    } while (nextToken);
    const names = Array.from({ length: options.servicesPerCluster }, (_, i) => `svc-${String(i + 1).padStart(3, '0')}`);
    // The last service of the first `failing` clusters crashes on purpose.
    const crashName = failingLeft-- > 0 ? names[names.length - 1] : undefined;
    const missing = names.filter((n) => !present.has(n));
    existing += names.length - missing.length;
    await pool(missing, options.concurrency, async (serviceName) => {
      await ecs.send(
        new CreateServiceCommand({
          cluster,
          serviceName,
          taskDefinition: serviceName === crashName ? 'seed-crash' : 'seed-web',
          desiredCount: 1,
          launchType: 'FARGATE',
          networkConfiguration: NETWORK,
          deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        }),
      );
      created++;
    });
    log(`${cluster}: ${missing.length} services created, ${names.length - missing.length} already there`);
  }
  ecs.destroy();
  return { created, existing };
}

function parseArgs(argv: readonly string[]): SeedOptions {
  const options = { ...SEED_DEFAULTS, endpoint: seedEnv().AWS_ENDPOINT_URL_ECS ?? SEED_DEFAULTS.endpoint };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    if (flag === '--endpoint') options.endpoint = value;
    else if (flag === '--region') options.region = value;
    else if (flag === '--clusters') options.clusters = Number(value);
    else if (flag === '--services') options.servicesPerCluster = Number(value);
    else if (flag === '--failing') options.failing = Number(value);
    else throw new Error(`Unknown option ${flag}. Use --endpoint, --region, --clusters, --services, --failing.`);
  }
  return options;
}

if (process.argv[1]?.endsWith('seed-large.ts')) {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  seedLarge({ ...options, log: (line) => console.log(line) })
    .then(({ created, existing }) =>
      console.log(
        `Seeded ${options.endpoint}: ${created} services created, ${existing} already there (${Date.now() - started} ms).`,
      ),
    )
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
