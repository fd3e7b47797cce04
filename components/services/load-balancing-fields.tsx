'use client';
// Load balancing: target group ARN (typed: the ECS API cannot list target groups) and the container:port to
// balance, offered only from the task definition's port mappings. Health check grace period applies with it.
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import type { TaskDefinitionFacts } from '@/lib/ecs/launch-options';

export function LoadBalancingFields({ td, state }: { td?: TaskDefinitionFacts; state: ActionState }) {
  const targets = (td?.containers ?? []).flatMap((c) => c.ports.map((p) => `${c.name}:${p}`));
  if (td && targets.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Unavailable: no container in {td.familyRevision} has a port mapping, so there is nothing to load balance. Add a container
        port to the task definition to use a load balancer.
      </p>
    );
  return (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <TextField
        id="targetGroupArn"
        name="targetGroupArn"
        label="Target group ARN"
        placeholder="arn:aws:elasticloadbalancing:…:targetgroup/…"
        defaultValue={submittedValue(state, 'targetGroupArn')}
        error={fieldError(state, 'targetGroupArn')}
        className="sm:col-span-2"
      />
      <SelectField
        id="loadBalancerContainer"
        name="loadBalancerContainer"
        label="Container to load balance"
        defaultValue={submittedValue(state, 'loadBalancerContainer')}
        options={[{ value: '', label: 'No load balancing' }, ...targets.map((t) => ({ value: t, label: t }))]}
        error={fieldError(state, 'loadBalancerContainer')}
      />
      <TextField
        id="healthCheckGracePeriodSeconds"
        name="healthCheckGracePeriodSeconds"
        type="number"
        min={0}
        label="Health check grace period"
        description="Seconds to ignore failing load balancer health checks after a task starts."
        defaultValue={submittedValue(state, 'healthCheckGracePeriodSeconds', '0')}
        error={fieldError(state, 'healthCheckGracePeriodSeconds')}
      />
    </div>
  );
}
