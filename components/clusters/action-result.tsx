'use client';
// Inline result of an in-place update form: green on success, red with ECS's message on failure.
import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/actions/action-state';

export function ActionResult({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  return (
    <Alert type={state.status === 'success' ? 'success' : 'error'} className="mb-3">
      {state.message}
    </Alert>
  );
}
