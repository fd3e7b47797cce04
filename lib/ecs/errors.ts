// Turns SDK / ECS / network failures into plain words with what to do. Pages render the result in an
// EcsErrorPanel; actions return it as ActionState; route handlers answer with a matching HTTP status.
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { redactForRole } from '../auth/redact';
import { currentViewer } from '../auth/viewer';
import { consoleEnv } from '../env';
import { localEndpoint, targetEndpoint, targetKind } from './target';

export type EcsErrorKind = 'not-found' | 'unreachable' | 'credentials' | 'throttled' | 'invalid' | 'unknown';

export interface EcsErrorView {
  kind: EcsErrorKind;
  title: string;
  message: string;
  /** The ECS exception name (e.g. ClusterContainsServicesException), when there is one. */
  code?: string;
}

const NOT_FOUND = new Set([
  'ClusterNotFoundException',
  'ServiceNotFoundException',
  'ResourceNotFoundException',
  'TaskSetNotFoundException',
  'ServiceDeploymentNotFoundException',
  'NamespaceNotFoundException',
  'TargetNotFoundException',
]);
const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded', 'Throttling']);
const CREDENTIALS = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
  'AccessDeniedException',
  'TokenProviderError',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const TITLES: Record<string, string> = {
  ClusterNotFoundException: 'Cluster not found',
  ServiceNotFoundException: 'Service not found',
  ClusterContainsServicesException: 'The cluster still has services',
  ClusterContainsTasksException: 'The cluster still has tasks',
  ClusterContainsContainerInstancesException: 'The cluster still has container instances',
  ClusterContainsCapacityProviderException: 'The cluster still has capacity providers',
  ServiceNotActiveException: 'The service is not active',
  InvalidParameterException: 'Invalid parameter',
  ClientException: 'Request rejected',
  LimitExceededException: 'Limit exceeded',
  UpdateInProgressException: 'Update in progress',
  AccessDeniedException: 'Access denied',
};

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  errors?: unknown[];
  $metadata?: { httpStatusCode?: number };
}

function networkCode(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 3) return undefined;
  const e = err as ErrorLike;
  if (e.code && NETWORK_CODES.has(e.code)) return e.code;
  if (e.name === 'TimeoutError' || e.name === 'RequestTimeout') return 'ETIMEDOUT';
  for (const inner of [e.cause, ...(e.errors ?? [])]) {
    const code = networkCode(inner, depth + 1);
    if (code) return code;
  }
  return undefined;
}

function unreachableMessage(): string {
  const env = consoleEnv();
  const kind = targetKind(env);
  if (kind === 'local')
    return `The console cannot reach the local ECS engine at ${localEndpoint(env)}. Start it with \`npm run ecs-local\` (or \`npm start\`, which starts the engine and the console together), then refresh.`;
  if (kind === 'endpoint')
    return `The console cannot reach the ECS endpoint ${targetEndpoint(kind, env) ?? '(none set)'}. Check that it is running, or change AWS_ENDPOINT_URL_ECS / AWS_ENDPOINT_URL and restart the console.`;
  return 'The console cannot reach Amazon ECS. Check your network connection and the selected Region.';
}

function credentialsMessage(code: string, raw: string): string {
  const kind = targetKind();
  if (kind === 'aws') {
    if (code === 'AccessDeniedException')
      return `AWS refused the request: ${raw} Use credentials whose IAM policy allows this ECS action.`;
    return `AWS credentials are missing or were refused (${raw}). Sign in with \`aws sso login\` or \`aws configure\`, or set AWS_PROFILE, then restart the console. To use the local engine instead, unset ECS_CONSOLE_TARGET.`;
  }
  return `The ECS endpoint refused the credentials (${raw}). Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (most local emulators accept any values), or set ECS_CONSOLE_TARGET=local to use the local engine.`;
}

export function describeEcsError(err: unknown): EcsErrorView {
  const e = (err && typeof err === 'object' ? err : { message: String(err) }) as ErrorLike;
  const name = e.name ?? 'Error';
  const raw = e.message || name;
  if (name === 'TargetConfigError') return { kind: 'unreachable', title: 'The ECS target is not configured', message: raw };
  if (networkCode(err)) return { kind: 'unreachable', title: 'ECS target unreachable', message: unreachableMessage() };
  if (NOT_FOUND.has(name)) return { kind: 'not-found', title: TITLES[name] ?? 'Not found', message: raw, code: name };
  if (THROTTLED.has(name) || e.$metadata?.httpStatusCode === 429)
    return {
      kind: 'throttled',
      title: 'Request throttled',
      message: 'ECS is throttling requests (Rate exceeded). The console retried with backoff; wait a moment and try again.',
      code: name,
    };
  if (CREDENTIALS.has(name) || /credential/i.test(name))
    return {
      kind: 'credentials',
      title: TITLES[name] ?? 'Credentials missing or refused',
      message: credentialsMessage(name, raw),
      code: name,
    };
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 400 && status < 500)
    return { kind: 'invalid', title: TITLES[name] ?? splitName(name), message: raw, code: name };
  return { kind: 'unknown', title: 'Something went wrong', message: raw, code: name === 'Error' ? undefined : name };
}

/** ClusterContainsTasksException → "Cluster contains tasks". */
function splitName(name: string): string {
  const words = name
    .replace(/Exception$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Logs a caught failure once, with its kind, so swallowed-looking paths still leave a trace. */
export function logEcsError(context: string, err: unknown): EcsErrorView {
  const view = describeEcsError(err);
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const line = `[ecs] ${context}: ${view.kind} — ${detail}`;
  if (view.kind === 'unknown') console.error(line, err);
  else console.warn(line);
  return view;
}

export type EcsResult<T> = { ok: true; data: T } | { ok: false; error: EcsErrorView };

/** Runs a read and returns its data or the described error, so a page can render a panel instead of crashing. */
export async function attempt<T>(context: string, read: () => Promise<T>): Promise<EcsResult<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (err) {
    unstable_rethrow(err); // Next's own control flow (dynamic usage, redirect, notFound) is not an ECS failure
    const error = logEcsError(context, err);
    // ARNs and account ids in AWS's words are for admins only.
    return { ok: false, error: { ...error, message: redactForRole(error.message, (await currentViewer())?.role) } };
  }
}

export function httpStatusFor(kind: EcsErrorKind): number {
  return { 'not-found': 404, unreachable: 503, credentials: 401, throttled: 429, invalid: 400, unknown: 500 }[kind];
}
