// The one factory for the console's AWS SDK clients (ECS today; CloudWatch Logs, CloudWatch, ELBv2 and Application
// Auto Scaling as they arrive), so every service follows the same target rules: the local engine by default
// (dummy credentials), an explicit endpoint from AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL, and real AWS only
// with ECS_CONSOLE_TARGET=aws (default credential chain). Clients are cached per service, target and region.
import 'server-only';
import { cookies } from 'next/headers';
import { isRegionId, REGION_COOKIE } from '../ecs/regions';
import { defaultRegion, localEndpoint, targetKind } from '../ecs/target';
import { type ConsoleEnv, consoleEnv } from '../env';

export class TargetConfigError extends Error {
  override name = 'TargetConfigError';
}

/** What every SDK v3 client accepts and this factory sets. */
export interface ClientConfig {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  profile?: string;
  maxAttempts: number;
  retryMode: 'standard';
  requestHandler: { connectionTimeout: number; requestTimeout: number };
}

/** An AWS service the console talks to: how to build its client and which variable names its own endpoint. */
export interface ConsoleService<T> {
  /** As in the SDK's `AWS_ENDPOINT_URL_<ID>` variable, e.g. `ECS`, `CLOUDWATCH_LOGS`. */
  id: string;
  endpointVariable: keyof ConsoleEnv;
  create(config: ClientConfig): T;
}

const clients = new Map<string, unknown>();

/** The region picked in the header (cookie), else AWS_REGION, else us-east-1. */
export async function selectedRegion(): Promise<string> {
  const fromCookie = (await cookies()).get(REGION_COOKIE)?.value;
  return isRegionId(fromCookie) ? fromCookie : defaultRegion();
}

/** The explicit endpoint of a service for the configured target; undefined for real AWS. */
export function serviceEndpoint(
  service: Pick<ConsoleService<unknown>, 'id' | 'endpointVariable'>,
  env: ConsoleEnv = consoleEnv(),
) {
  const kind = targetKind(env);
  if (kind === 'local') return localEndpoint(env);
  if (kind === 'aws') return undefined;
  const endpoint = (env[service.endpointVariable] as string | undefined) ?? env.AWS_ENDPOINT_URL;
  // Without an endpoint the SDK would fall through to real AWS, which this target must never do.
  if (!endpoint)
    throw new TargetConfigError(`ECS_CONSOLE_TARGET=endpoint needs ${String(service.endpointVariable)} or AWS_ENDPOINT_URL.`);
  return endpoint;
}

/** A cached client of `service` for the configured target in `region`. Throttling and network errors retry with backoff. */
export function clientFor<T>(service: ConsoleService<T>, region: string): T {
  const env = consoleEnv();
  const kind = targetKind(env);
  const cacheKey = `${service.id}:${kind}:${region}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached as T;
  const config: ClientConfig = {
    region,
    maxAttempts: 4,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
  };
  config.endpoint = serviceEndpoint(service, env);
  if (kind === 'local') config.credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  else if (kind === 'aws' && env.AWS_PROFILE) config.profile = env.AWS_PROFILE;
  const client = service.create(config);
  clients.set(cacheKey, client);
  return client;
}

/** The client of `service` for the region the user selected: what lib reads and server actions use. */
export async function clientForSelectedRegion<T>(service: ConsoleService<T>): Promise<T> {
  return clientFor(service, await selectedRegion());
}
