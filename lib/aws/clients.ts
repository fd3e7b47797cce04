// The one factory for the console's AWS SDK clients (ECS today; CloudWatch Logs, CloudWatch, ELBv2 and Application
// Auto Scaling as they arrive), so every service follows the same target rules: the local engine by default
// (dummy credentials), an explicit endpoint from AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL (dummy credentials
// too, unless ECS_CONSOLE_ENDPOINT_CREDENTIALS=default-chain: a custom endpoint must never receive a user's real
// access key or session token by default), and real AWS only with ECS_CONSOLE_TARGET=aws (default credential
// chain). Clients are cached per service, target and Region; only known Regions are accepted from the cookie.
// Every client carries the audit middleware (lib/audit/recorder.ts): mutating calls run only inside a guarded
// action, which records them.
import 'server-only';
import { cookies } from 'next/headers';
import { auditMiddleware } from '../audit/recorder';
import { requireViewer } from '../auth/viewer';
import { isAcceptedRegion, REGION_COOKIE } from '../ecs/regions';
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

/** The part of an SDK v3 client the factory touches after building it. */
interface Middlewares {
  middlewareStack: { add(middleware: never, options: { step: 'initialize'; name: string; priority: 'high' }): void };
}

/** An AWS service the console talks to: how to build its client and which variable names its own endpoint. */
export interface ConsoleService<T extends Middlewares> {
  /** As in the SDK's `AWS_ENDPOINT_URL_<ID>` variable, e.g. `ECS`, `CLOUDWATCH_LOGS`. */
  id: string;
  /** The AWS CLI's name for it (`ecs`, `logs`, `elbv2`), for the audit trail's CLI form. */
  cliName: string;
  endpointVariable: keyof ConsoleEnv;
  /** Operations that only read although their name does not start with Describe, List, Get or BatchGet. */
  readOperations?: readonly string[];
  create(config: ClientConfig): T;
}

/** What the local engine and, by default, a custom endpoint are signed with: never a real key. */
export const DUMMY_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' } as const;

const clients = new Map<string, unknown>();

/** The region picked in the header (cookie) when it is a known one, else AWS_REGION, else us-east-1. */
export async function selectedRegion(): Promise<string> {
  const fromCookie = (await cookies()).get(REGION_COOKIE)?.value;
  return isAcceptedRegion(fromCookie, consoleEnv().ECS_CONSOLE_REGIONS) ? fromCookie : defaultRegion();
}

/** The explicit endpoint of a service for the configured target; undefined for real AWS. */
export function serviceEndpoint(
  service: Pick<ConsoleService<Middlewares>, 'id' | 'endpointVariable'>,
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

/** The client configuration of `service` in `region` for the configured target. Pure (tests check it). */
export function clientConfig(
  service: Pick<ConsoleService<Middlewares>, 'id' | 'endpointVariable'>,
  region: string,
  env: ConsoleEnv = consoleEnv(),
): ClientConfig {
  const kind = targetKind(env);
  const config: ClientConfig = {
    region,
    maxAttempts: 4,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
  };
  config.endpoint = serviceEndpoint(service, env);
  if (kind === 'local' || (kind === 'endpoint' && env.ECS_CONSOLE_ENDPOINT_CREDENTIALS === 'dummy'))
    config.credentials = { ...DUMMY_CREDENTIALS };
  else if (env.AWS_PROFILE) config.profile = env.AWS_PROFILE;
  return config;
}

/** A client of `service` as the factory builds it (with the audit middleware), uncached. */
export function buildClient<T extends Middlewares>(
  service: ConsoleService<T>,
  region: string,
  env: ConsoleEnv = consoleEnv(),
): T {
  const config = clientConfig(service, region, env);
  const client = service.create(config);
  client.middlewareStack.add(auditMiddleware(service, region, config.endpoint) as never, {
    step: 'initialize',
    name: 'consoleAudit',
    priority: 'high',
  });
  return client;
}

/** A cached client of `service` for the configured target in `region`. Throttling and network errors retry with backoff. */
export function clientFor<T extends Middlewares>(service: ConsoleService<T>, region: string): T {
  const env = consoleEnv();
  const cacheKey = `${service.id}:${targetKind(env)}:${region}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached as T;
  const client = buildClient(service, region, env);
  clients.set(cacheKey, client);
  return client;
}

/**
 * The client of `service` for the region the user selected: what lib reads and server actions use. Only for a
 * signed-in user (the layout, route handlers and actions check first; this is the backstop for code that forgets).
 */
export async function clientForSelectedRegion<T extends Middlewares>(service: ConsoleService<T>): Promise<T> {
  await requireViewer();
  return clientFor(service, await selectedRegion());
}
