// The ONE state type every server action returns (for useActionState), and `validatedAction`, which makes
// zod validation impossible to skip: the handler only ever sees parsed data. Expected failures (validation,
// ECS exceptions, see actionErrorFromEcs in ./ecs-error) come back as state with the submitted values; real bugs throw.
// Safe to import from client components (no server-only code here).
import type { z } from 'zod';
import { formDataToObject } from './form-data';

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

/**
 * `export const createThing = validatedAction(schema, async (data, formData) => { ... })` in a 'use server' file.
 * Call `redirect()` inside the handler only AFTER any try/catch (redirect works by throwing).
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.output<S>, formData: FormData) => Promise<ActionState>,
): (prev: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_prev, formData) => {
    const values = formDataToObject(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'Fix the highlighted fields and try again.',
        fieldErrors: fieldErrorsFrom(parsed.error),
        values,
      };
    }
    return handler(parsed.data, formData);
  };
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
