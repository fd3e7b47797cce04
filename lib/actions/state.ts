// `validatedAction`, the one wrapper every server action goes through, so that none can skip what it does:
// parse the form (hostile field names refused, lib/actions/form-data.ts) and validate it with zod, check who is
// asking and whether their role may (lib/auth/guard.ts; read-only mode refuses every change), write the attempt
// to the audit trail, run the handler with its SDK calls recorded, and write the outcome. Expected failures
// (validation, refusals, ECS exceptions via actionErrorFromEcs in ./ecs-error) come back as ActionState with the
// submitted values; real bugs throw. Server-only: forms import ./action-state for the state type and helpers.
import 'server-only';
import type { z } from 'zod';
import {
  authorizeChange,
  type ChangePolicy,
  messageFor,
  outcomeOfCalls,
  recordInvalid,
  recordRefusal,
  runChange,
} from '../auth/guard';
import { type ActionState, fieldErrorsFrom } from './action-state';
import { FormShapeError, formDataToObject } from './form-data';

export type { ChangePolicy } from '../auth/guard';
export * from './action-state';

const UNNAMED = 'unnamed action';

/**
 * `export const createThing = validatedAction(schema, async (data, formData) => { ... }, { name: 'createThing',
 * role: 'operator', resource: (d) => `thing ${d.name}` })` in a 'use server' file. Without a policy the action
 * is admin-only and recorded as "unnamed action". Call `redirect()` inside the handler only AFTER any try/catch.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.output<S>, formData: FormData) => Promise<ActionState>,
  policy: ChangePolicy<z.output<S>> = {},
): (prev: ActionState, formData: FormData) => Promise<ActionState> {
  const name = policy.name ?? UNNAMED;
  return async (_prev, formData) => {
    let values: Record<string, unknown>;
    try {
      values = formDataToObject(formData);
    } catch (err) {
      if (!(err instanceof FormShapeError)) throw err;
      const authorized = await authorizeChange(policy.role ?? 'admin');
      await recordInvalid({ viewer: authorized.viewer, name, resource: '', input: {} }, err.message);
      return { status: 'error', message: err.message };
    }
    const parsed = schema.safeParse(values);
    const resource = parsed.success && policy.resource ? policy.resource(parsed.data) : '';
    const authorized = await authorizeChange(policy.role ?? 'admin');
    const attempt = { viewer: authorized.viewer, name, resource, input: values };
    if ('refusal' in authorized) {
      await recordRefusal(attempt, authorized.refusal);
      return { status: 'error', message: authorized.refusal.message, values };
    }
    const { viewer } = authorized;
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      await recordInvalid(attempt, JSON.stringify(fieldErrors));
      return { status: 'error', message: 'Fix the highlighted fields and try again.', fieldErrors, values };
    }
    const state = await runChange({ ...attempt, viewer }, () => handler(parsed.data, formData), judgeState);
    return state.status === 'error' ? { ...state, message: messageFor(viewer, state.message) } : state;
  };
}

/** An action's outcome: its error state with the ECS exception behind it, else what its SDK calls did. */
function judgeState(state: ActionState, calls: Parameters<typeof outcomeOfCalls>[0]) {
  if (state.status !== 'error') return outcomeOfCalls(calls);
  const failed = outcomeOfCalls(calls);
  return { outcome: 'error' as const, errorCode: failed.errorCode, errorMessage: failed.errorMessage ?? state.message };
}
