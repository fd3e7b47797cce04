// ECS exceptions as ActionState, for the catch block of server actions. Server-only (uses the error mapping).
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { describeEcsError, logEcsError } from '../ecs/errors';
import type { ActionState } from './state';

/** An ECS exception (or an unreachable target) as error state, echoing what the user submitted. Logs it. */
export function actionErrorFromEcs(
  err: unknown,
  values?: Record<string, unknown>,
  context = 'action',
): Extract<ActionState, { status: 'error' }> {
  unstable_rethrow(err); // redirect()/notFound() thrown inside a try must keep propagating
  logEcsError(context, err);
  const view = describeEcsError(err);
  const message = view.kind === 'invalid' || view.kind === 'not-found' ? view.message : `${view.title}: ${view.message}`;
  return { status: 'error', message, values };
}
