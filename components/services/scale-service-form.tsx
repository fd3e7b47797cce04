'use client';
// Scale from the service page in one step: Desired tasks + "Set desired tasks" (UpdateService desiredCount only).
import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect, useId, useRef } from 'react';
import { PermittedButton } from '@/components/shell/permitted';
import { controlClasses } from '@/components/ui/field';
import { type ActionState, idleState } from '@/lib/actions/action-state';
import { scaleService } from '@/lib/actions/services';
import { queryKeys } from '@/lib/query/keys';
import { cn } from '@/lib/utils';

export function ScaleServiceForm({ cluster, service, desired }: { cluster: string; service: string; desired: number }) {
  const [state, formAction, pending] = useActionState(scaleService, idleState);
  const queryClient = useQueryClient();
  const handled = useRef<ActionState>(idleState);
  // Unique ids: the command palette's Scale dialog can show this form over the service page's own.
  const id = useId();
  const [inputId, resultId] = [`${id}-desired`, `${id}-result`];
  useEffect(() => {
    if (state === handled.current || state.status !== 'success') return;
    handled.current = state;
    queryClient.invalidateQueries({ queryKey: queryKeys.service(cluster, service) });
  }, [state, cluster, service, queryClient]);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="cluster" value={cluster} />
      <input type="hidden" name="service" value={service} />
      <label htmlFor={inputId} className="text-sm font-bold">
        Desired tasks
      </label>
      <input
        id={inputId}
        name="desiredCount"
        type="number"
        min={0}
        defaultValue={desired}
        key={desired}
        aria-invalid={state.status === 'error' ? true : undefined}
        aria-describedby={state.status !== 'idle' ? resultId : undefined}
        className={cn(controlClasses, 'w-24')}
      />
      <PermittedButton needs="operator" type="submit" disabled={pending}>
        {pending ? 'Updating…' : 'Set desired tasks'}
      </PermittedButton>
      {state.status !== 'idle' && (
        <p
          id={resultId}
          role={state.status === 'error' ? 'alert' : 'status'}
          className={
            state.status === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-green-700 dark:text-green-400'
          }
        >
          {state.status === 'error' ? (state.fieldErrors?.desiredCount?.[0] ?? state.message) : state.message}
        </p>
      )}
    </form>
  );
}
