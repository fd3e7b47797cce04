'use client';
// The health check grace period of a service behind a load balancer, for Create and Update service.
import { TextField } from '@/components/ui/field';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';

export function GracePeriodField({ state, current = 0 }: { state: ActionState; current?: number }) {
  return (
    <TextField
      id="healthCheckGracePeriodSeconds"
      name="healthCheckGracePeriodSeconds"
      type="number"
      min={0}
      label="Health check grace period"
      description="Seconds to ignore failing load balancer health checks after a task starts."
      defaultValue={submittedValue(state, 'healthCheckGracePeriodSeconds', String(current))}
      error={fieldError(state, 'healthCheckGracePeriodSeconds')}
      className="max-w-xs"
    />
  );
}
