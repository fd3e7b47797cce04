// The one ECS SDK client factory. Local engine by default (dummy credentials), any endpoint from
// AWS_ENDPOINT_URL_ECS / AWS_ENDPOINT_URL, real AWS only with ECS_CONSOLE_TARGET=aws (default credential chain).
import 'server-only';
import { ECSClient, type ECSClientConfig } from '@aws-sdk/client-ecs';
import { cookies } from 'next/headers';
import { consoleEnv } from '../env';
import { isRegionId, REGION_COOKIE } from './regions';
import { defaultRegion, describeTargetFor, type TargetView, targetEndpoint, targetKind } from './target';

export class TargetConfigError extends Error {
  override name = 'TargetConfigError';
}

const clients = new Map<string, ECSClient>();

/** The region picked in the header (cookie), else AWS_REGION, else us-east-1. */
export async function selectedRegion(): Promise<string> {
  const fromCookie = (await cookies()).get(REGION_COOKIE)?.value;
  return isRegionId(fromCookie) ? fromCookie : defaultRegion();
}

/** A cached client for the configured target in `region`. Throttling and network errors retry with backoff. */
export function ecsClientFor(region: string): ECSClient {
  const env = consoleEnv();
  const kind = targetKind(env);
  const cacheKey = `${kind}:${region}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached;
  const config: ECSClientConfig = {
    region,
    maxAttempts: 4,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
  };
  if (kind === 'local') {
    config.endpoint = targetEndpoint(kind, env);
    config.credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  } else if (kind === 'endpoint') {
    const endpoint = targetEndpoint(kind, env);
    // Without an endpoint the SDK would fall through to real AWS, which this target must never do.
    if (!endpoint) throw new TargetConfigError('ECS_CONSOLE_TARGET=endpoint needs AWS_ENDPOINT_URL_ECS or AWS_ENDPOINT_URL.');
    config.endpoint = endpoint;
  } else if (env.AWS_PROFILE) {
    config.profile = env.AWS_PROFILE;
  }
  const client = new ECSClient(config);
  clients.set(cacheKey, client);
  return client;
}

/** The client for the region the user selected. Use this in lib/ecs reads and in server actions. */
export async function ecsClient(): Promise<ECSClient> {
  return ecsClientFor(await selectedRegion());
}

/** The header badge's view model: which target and region is live. Never includes credentials. */
export async function describeTarget(): Promise<TargetView> {
  return describeTargetFor(await selectedRegion());
}
