'use client';
// Deployment type: rolling update, or blue/green (the new revision runs beside the old one, traffic moves over,
// and after the bake time the old tasks stop). Names match lib/schemas/service.ts.
import { useState } from 'react';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select';
import { type ActionState, fieldError, submittedValue } from '@/lib/actions/action-state';
import type { DeploymentDefaults } from './deployment-fields';

const STRATEGY_LABELS: Record<string, string> = { ROLLING: 'Rolling update', BLUE_GREEN: 'Blue/green' };

export function StrategyFields({ state, defaults }: { state: ActionState; defaults: DeploymentDefaults }) {
  const [strategy, setStrategy] = useState(submittedValue(state, 'deploymentStrategy', defaults.deploymentStrategy));
  // LINEAR and CANARY (set through the API) are shown as they are, so an update does not change them silently.
  const choices = [...new Set(['ROLLING', 'BLUE_GREEN', defaults.deploymentStrategy])];
  return (
    <div className="grid max-w-xl gap-4 sm:grid-cols-2">
      <SelectField
        id="deploymentStrategy"
        name="deploymentStrategy"
        label="Deployment strategy"
        value={strategy}
        onChange={(e) => setStrategy(e.target.value)}
        options={choices.map((value) => ({ value, label: STRATEGY_LABELS[value] ?? value }))}
        description={
          strategy === 'ROLLING'
            ? 'Replaces tasks a few at a time within the min and max running tasks %.'
            : 'Starts every task of the new revision beside the old ones, shifts traffic, then stops the old tasks.'
        }
        error={fieldError(state, 'deploymentStrategy')}
      />
      {strategy !== 'ROLLING' && (
        <TextField
          id="bakeTimeInMinutes"
          name="bakeTimeInMinutes"
          type="number"
          min={0}
          max={1440}
          label="Bake time"
          description="Minutes both revisions keep running after production traffic moved, before the old tasks stop."
          defaultValue={submittedValue(state, 'bakeTimeInMinutes', String(defaults.bakeTimeInMinutes))}
          error={fieldError(state, 'bakeTimeInMinutes')}
        />
      )}
    </div>
  );
}
