// The one place a change is authorized and audited. validatedAction (lib/actions/state.ts) and the route-handler
// wrapper (lib/ecs/route-handler.ts) call `guardChange`; nothing else may change anything (the SDK middleware in
// lib/audit/recorder.ts refuses mutating calls made outside it). Order: who is asking → may they (role, read-only)
// → a row in the audit trail (before anything runs, so even a crash leaves a trace) → run with the SDK calls
// recorded → the outcome on that row.
import 'server-only';
import { cliCommand, type RecordedCall } from '../audit/cli';
import { maskSecrets } from '../audit/mask';
import { runAuditedAction } from '../audit/recorder';
import type { AuditOutcome } from '../audit/store';
import { selectedRegion } from '../aws/clients';
import { describeTargetFor } from '../ecs/target';
import { redactForRole } from './redact';
import { deniedReason, type Role, type Viewer } from './roles';
import { securityState } from './security-state';
import { currentViewer } from './viewer';

/** What an action or handler declares. Everything is optional; the defaults are the safe ones. */
export interface ChangePolicy<D> {
  /** The name in the audit trail, e.g. `deleteService`. */
  name?: string;
  /** The least role allowed to do it. Default: admin. */
  role?: Role;
  /** What it acts on, for the audit trail, e.g. `service web/api`. */
  resource?: (data: D) => string;
}

export const NOT_SIGNED_IN = 'Your session has ended or you are not signed in. Sign in and try again.';

export type Refusal = { status: 401 | 403; message: string };

/** Why the current request may not make a change needing `role`, or its viewer when it may. */
export async function authorizeChange(role: Role): Promise<{ viewer: Viewer } | { viewer?: Viewer; refusal: Refusal }> {
  const viewer = await currentViewer();
  if (!viewer) return { refusal: { status: 401, message: NOT_SIGNED_IN } };
  const denied = deniedReason(viewer, role);
  return denied ? { viewer, refusal: { status: 403, message: denied } } : { viewer };
}

export interface Outcome {
  outcome: AuditOutcome;
  errorCode?: string;
  errorMessage?: string;
}

/** A change attempt as the audit trail keeps it. Secrets in `input` are masked here. */
export interface Attempt {
  viewer?: Viewer;
  name: string;
  resource: string;
  input: unknown;
}

/** Where this request's changes go: the target (with its endpoint) and the selected Region. */
export async function auditLocation(): Promise<{ target: string; region: string }> {
  const region = await selectedRegion();
  const target = describeTargetFor(region);
  return { target: target.endpoint ? `${target.kind} ${target.endpoint}` : target.kind, region };
}

async function open(attempt: Attempt, decision: 'allowed' | 'refused', outcome: Outcome): Promise<number> {
  return securityState().audit.record({
    user: attempt.viewer?.name ?? '(not signed in)',
    role: attempt.viewer?.role ?? '',
    auth: attempt.viewer?.auth ?? '',
    ...(await auditLocation()),
    action: attempt.name,
    resource: attempt.resource,
    request: '',
    input: JSON.stringify(maskSecrets(attempt.input) ?? null),
    decision,
    ...outcome,
  });
}

/** Records a refused attempt (not signed in, role, read-only). */
export async function recordRefusal(attempt: Attempt, refusal: Refusal): Promise<void> {
  await open(attempt, 'refused', { outcome: 'refused', errorMessage: refusal.message });
}

/** Records an allowed attempt that stopped before running (its input did not validate). */
export async function recordInvalid(attempt: Attempt, message: string): Promise<void> {
  await open(attempt, 'allowed', { outcome: 'invalid', errorMessage: message });
}

/** The outcome of the recorded calls when the change did not say: the last failed call's ECS error, else success. */
export function outcomeOfCalls(calls: readonly RecordedCall[]): Outcome {
  const failed = calls.findLast((c) => c.errorCode);
  return failed ? { outcome: 'error', errorCode: failed.errorCode, errorMessage: failed.errorMessage } : { outcome: 'success' };
}

/** Next's redirect() and notFound() work by throwing; a redirect after a change is its success. */
function isRedirect(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT');
}

/**
 * Runs an allowed change with its SDK calls recorded, and writes its outcome: `judge` reads the result (e.g. an
 * ActionState) and the recorded calls. A throw is recorded too (a redirect as success) and then rethrown.
 */
export async function runChange<T>(
  attempt: Attempt & { viewer: Viewer },
  run: () => Promise<T>,
  judge: (result: T, calls: readonly RecordedCall[]) => Outcome,
): Promise<T> {
  const audit = securityState().audit;
  const id = await open(attempt, 'allowed', { outcome: 'error', errorMessage: 'Did not finish (the console stopped?)' });
  const context = { calls: [] as RecordedCall[] };
  const finish = (outcome: Outcome) => audit.complete(id, context.calls.map(cliCommand).join('\n'), outcome);
  try {
    const result = await runAuditedAction(context, run);
    finish(judge(result, context.calls));
    return result;
  } catch (err) {
    if (isRedirect(err)) finish(outcomeOfCalls(context.calls));
    else finish({ outcome: 'error', errorCode: (err as Error)?.name, errorMessage: (err as Error)?.message ?? String(err) });
    throw err;
  }
}

/** An error message as the viewer may see it (ARNs and account ids only for admins). */
export function messageFor(viewer: Viewer | undefined, message: string): string {
  return redactForRole(message, viewer?.role);
}
