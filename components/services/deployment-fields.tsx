'use client';
// Desired tasks, deployment options (Min / Max running tasks %, rolling or blue/green) and deployment failure
// detection, shared by Create service and Update service. Names match lib/schemas/service.ts.
import { Checkbox, ChoiceGroup } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/field';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import { checkedAfter } from './networking-fields';
import { StrategyFields } from './strategy-fields';

export interface DeploymentDefaults {
  desiredCount: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  circuitBreaker: boolean;
  rollback: boolean;
  deploymentStrategy: string;
  bakeTimeInMinutes: number;
}

const CREATE_DEFAULTS: DeploymentDefaults = {
  desiredCount: 1,
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  circuitBreaker: true,
  rollback: true,
  deploymentStrategy: 'ROLLING',
  bakeTimeInMinutes: 0,
};

export function DeploymentFields({
  state,
  daemon = false,
  defaults = CREATE_DEFAULTS,
}: {
  state: ActionState;
  daemon?: boolean;
  defaults?: DeploymentDefaults;
}) {
  const value = (name: keyof DeploymentDefaults) => submittedValue(state, name, String(defaults[name]));
  return (
    <div className="space-y-4">
      {!daemon && (
        <>
          <TextField
            id="desiredCount"
            name="desiredCount"
            type="number"
            min={0}
            label="Desired tasks"
            defaultValue={value('desiredCount')}
            error={fieldError(state, 'desiredCount')}
            className="max-w-48"
          />
          <div className="grid max-w-xl gap-4 sm:grid-cols-2">
            <TextField
              id="minimumHealthyPercent"
              name="minimumHealthyPercent"
              type="number"
              min={0}
              max={100}
              label="Min running tasks %"
              description="Lower limit of running tasks during a deployment."
              defaultValue={value('minimumHealthyPercent')}
              error={fieldError(state, 'minimumHealthyPercent')}
            />
            <TextField
              id="maximumPercent"
              name="maximumPercent"
              type="number"
              min={100}
              label="Max running tasks %"
              description="Upper limit of running and pending tasks during a deployment."
              defaultValue={value('maximumPercent')}
              error={fieldError(state, 'maximumPercent')}
            />
          </div>
        </>
      )}
      {daemon && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A Daemon service runs one task per container instance, so it has no desired tasks.
        </p>
      )}
      {!daemon && <StrategyFields state={state} defaults={defaults} />}
      <ChoiceGroup legend="Deployment failure detection">
        <Checkbox
          id="circuitBreaker"
          name="circuitBreaker"
          defaultChecked={checkedAfter(state, 'circuitBreaker', defaults.circuitBreaker)}
          label="Use the Amazon ECS deployment circuit breaker"
          description="Stops a deployment whose tasks keep failing to start."
        />
        <Checkbox
          id="rollback"
          name="rollback"
          defaultChecked={checkedAfter(state, 'rollback', defaults.rollback)}
          label="Rollback on failure"
          description="Rolls back to the last completed deployment when the circuit breaker fails the deployment."
        />
      </ChoiceGroup>
    </div>
  );
}
