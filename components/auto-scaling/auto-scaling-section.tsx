'use client';
// The create and update service forms' "Service auto scaling" section, in the AWS console's words: turn it on, set
// the minimum and maximum number of tasks, and one target tracking policy (metric, target value, cooldowns, scale-in).
// Fields keep what was submitted after a failed submit; the update form starts from the service's current policy.
import { useState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import { type AutoScalingDefaults, NEW_AUTO_SCALING } from '@/lib/autoscaling/auto-scaling-view';
import { FORM_SCALING_METRICS } from '@/lib/schemas/auto-scaling';
import { checkedAfter } from '../services/networking-fields';

export function AutoScalingSection({
  state,
  defaults = NEW_AUTO_SCALING,
}: {
  state: ActionState;
  defaults?: AutoScalingDefaults;
}) {
  const [enabled, setEnabled] = useState(() => checkedAfter(state, 'useAutoScaling', defaults.enabled));
  const value = (name: string, fallback: string | number) => submittedValue(state, name, String(fallback));
  const number = (name: string, label: string, fallback: number, constraint?: string) => (
    <TextField
      id={name}
      name={name}
      label={label}
      type="number"
      inputMode="numeric"
      defaultValue={value(name, fallback)}
      constraint={constraint}
      error={fieldError(state, name)}
    />
  );
  return (
    <div className="space-y-4">
      {/* Uncontrolled, with the state as its default: React resets a form after its action, which would uncheck a
          controlled box the user checked while the section (state) stays open. */}
      <Checkbox
        id="useAutoScaling"
        name="useAutoScaling"
        defaultChecked={enabled}
        onChange={(e) => setEnabled(e.target.checked)}
        label="Use service auto scaling"
        description="Automatically adjust the service's desired count up and down within a specified range in response to CloudWatch alarms."
      />
      {fieldError(state, 'useAutoScaling') && (
        <p className="text-sm text-red-700 dark:text-red-400">{fieldError(state, 'useAutoScaling')}</p>
      )}
      {enabled && (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            {number(
              'minTasks',
              'Minimum number of tasks',
              defaults.minTasks,
              'The lower boundary to which auto scaling can adjust the desired count.',
            )}
            {number(
              'maxTasks',
              'Maximum number of tasks',
              defaults.maxTasks,
              'The upper boundary to which auto scaling can adjust the desired count.',
            )}
          </div>
          <h3 className="text-sm font-bold">Scaling policy: target tracking</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="scalingPolicyName"
              name="scalingPolicyName"
              label="Policy name"
              defaultValue={value('scalingPolicyName', defaults.policyName)}
              error={fieldError(state, 'scalingPolicyName')}
            />
            <SelectField
              id="scalingMetric"
              name="scalingMetric"
              label="ECS service metric"
              defaultValue={value('scalingMetric', defaults.metric)}
              options={FORM_SCALING_METRICS.map((m) => ({ value: m, label: m }))}
              error={fieldError(state, 'scalingMetric')}
            />
            {number('scalingTargetValue', 'Target value', defaults.targetValue, 'The value the metric is kept at, in percent.')}
            {number(
              'scaleOutCooldown',
              'Scale-out cooldown period',
              defaults.scaleOutCooldown,
              'Seconds after a scale-out before another.',
            )}
            {number(
              'scaleInCooldown',
              'Scale-in cooldown period',
              defaults.scaleInCooldown,
              'Seconds after a scale-in before another.',
            )}
          </div>
          <Checkbox
            id="disableScaleIn"
            name="disableScaleIn"
            defaultChecked={checkedAfter(state, 'disableScaleIn', defaults.disableScaleIn)}
            label="Turn off scale-in"
            description="The policy then only adds tasks; remove them yourself or with another policy."
          />
        </div>
      )}
    </div>
  );
}
