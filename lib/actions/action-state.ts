// The ONE state type every server action returns (for useActionState) and the helpers forms use to show it.
// Client-safe: forms import this file; actions import lib/actions/state.ts (server-only), which re-exports it.
import type { z } from 'zod';

export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message: string; redirectTo?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, unknown> };

export const idleState: ActionState = { status: 'idle' };

/** zod issues → { 'tags.0.key': ['...'] }, keyed by the same dotted names the form inputs use. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/** The first message for a field, for <Field error=...>. */
export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors?.[name]?.[0] : undefined;
}

/** The message of an error state (what a dialog shows), else undefined. */
export function errorMessage(state: ActionState): string | undefined {
  return state.status === 'error' ? state.message : undefined;
}

/** The submitted value of a field after an error, else the fallback (for defaultValue). */
export function submittedValue(state: ActionState, name: string, fallback = ''): string {
  if (state.status !== 'error' || !state.values) return fallback;
  let node: unknown = state.values;
  for (const part of name.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : fallback;
}
