// Which ECS the console talks to, from the environment. Real AWS only when ECS_CONSOLE_TARGET=aws says so.
import 'server-only';
import { type ConsoleEnv, consoleEnv } from '../env';

export type TargetKind = 'local' | 'endpoint' | 'aws';

/** What the header badge shows. Never holds credentials. */
export interface TargetView {
  kind: TargetKind;
  label: string;
  region: string;
  endpoint?: string;
  profile?: string;
  /** The local engine's container runtime (`simulated`, `docker`), from its GET /health; unknown when it did not answer. */
  runtime?: string;
  /** False when the local engine did not answer its GET /health: the badge turns red and says so. */
  reachable?: boolean;
}

export function targetKind(env: ConsoleEnv = consoleEnv()): TargetKind {
  if (env.ECS_CONSOLE_TARGET) return env.ECS_CONSOLE_TARGET;
  return env.AWS_ENDPOINT_URL_ECS || env.AWS_ENDPOINT_URL ? 'endpoint' : 'local';
}

export function localEndpoint(env: ConsoleEnv = consoleEnv()): string {
  return `http://${env.ECS_LOCAL_HOST}:${env.ECS_LOCAL_PORT}`;
}

/** The explicit endpoint for `local` and `endpoint` targets; undefined for real AWS. */
export function targetEndpoint(kind: TargetKind, env: ConsoleEnv = consoleEnv()): string | undefined {
  if (kind === 'local') return localEndpoint(env);
  if (kind === 'endpoint') return env.AWS_ENDPOINT_URL_ECS ?? env.AWS_ENDPOINT_URL;
  return undefined;
}

export function defaultRegion(env: ConsoleEnv = consoleEnv()): string {
  return env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

export function describeTargetFor(region: string, env: ConsoleEnv = consoleEnv()): TargetView {
  const kind = targetKind(env);
  const endpoint = targetEndpoint(kind, env);
  if (kind === 'local') return { kind, label: 'Local engine', region, endpoint };
  if (kind === 'endpoint') return { kind, label: endpoint ?? 'Endpoint (not set)', region, endpoint };
  return { kind, label: env.AWS_PROFILE ? `AWS (${env.AWS_PROFILE})` : 'AWS', region, profile: env.AWS_PROFILE };
}

/**
 * Whether the local engine answers its GET /health within 1 s, and which container runtime it runs
 * (`runtime` is undefined when it did not say).
 */
export async function engineHealth(endpoint: string): Promise<{ reachable: boolean; runtime?: string }> {
  try {
    const res = await fetch(`${endpoint}/health`, { cache: 'no-store', signal: AbortSignal.timeout(1000) });
    const body = (await res.json()) as { service?: string; runtime?: unknown };
    const runtime = body.service === 'ecs-local' && typeof body.runtime === 'string' ? body.runtime : undefined;
    return { reachable: res.ok, runtime };
  } catch {
    return { reachable: false };
  }
}
