'use client';
// Compute options shared by Create service and Run new task: capacity provider strategy (cluster default or
// custom) or launch type + platform version. Only the launch types the task definition supports can be chosen.
import { StrategyEditor } from '@/components/clusters/strategy-editor';
import { ChoiceGroup, Radio } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select';
import type { ClusterFacts, TaskDefinitionFacts } from '@/lib/ecs/launch-options';
import { type ComputeOption, LAUNCH_TYPES, type LaunchTypeChoice } from '@/lib/schemas/task';

export interface ComputeChoice {
  computeOption: ComputeOption;
  launchType: LaunchTypeChoice;
}

/** The console's default: the cluster's default strategy when it has one, else the first compatible launch type. */
export function defaultCompute(td: TaskDefinitionFacts | undefined, cluster: ClusterFacts | undefined): ComputeChoice {
  const compatible = LAUNCH_TYPES.filter((lt) => td?.compatibilities.includes(lt));
  return {
    computeOption: cluster?.defaultStrategy.length ? 'clusterDefault' : 'launchType',
    launchType: compatible[0] ?? 'FARGATE',
  };
}

/** Keeps a choice valid for a newly picked task definition (a launch type it does not support falls back). */
export function validCompute(choice: ComputeChoice, td: TaskDefinitionFacts | undefined): ComputeChoice {
  if (!td || td.compatibilities.includes(choice.launchType)) return choice;
  const first = LAUNCH_TYPES.find((lt) => td.compatibilities.includes(lt));
  return { ...choice, launchType: first ?? choice.launchType };
}

export function ComputeFields({
  td,
  cluster,
  value,
  onChange,
  strategyError,
}: {
  td?: TaskDefinitionFacts;
  cluster?: ClusterFacts;
  value: ComputeChoice;
  onChange: (next: ComputeChoice) => void;
  strategyError?: string;
}) {
  const providers = cluster?.capacityProviders ?? [];
  const hasDefault = (cluster?.defaultStrategy.length ?? 0) > 0;
  const set = (computeOption: ComputeOption) => onChange({ ...value, computeOption });
  const compat = td?.compatibilities ?? [];
  const unsupported = LAUNCH_TYPES.filter((lt) => !compat.includes(lt));
  return (
    <div className="space-y-4">
      <input type="hidden" name="computeOption" value={value.computeOption} />
      <ChoiceGroup legend="Compute options">
        <Radio
          id="compute-default"
          checked={value.computeOption === 'clusterDefault'}
          disabled={!hasDefault}
          onChange={() => set('clusterDefault')}
          label="Capacity provider strategy: Use cluster default"
          description={
            hasDefault
              ? `The cluster's default: ${cluster?.defaultStrategy.map((s) => s.capacityProvider).join(', ')}.`
              : 'Unavailable: the cluster has no default capacity provider strategy.'
          }
        />
        <Radio
          id="compute-custom"
          checked={value.computeOption === 'customStrategy'}
          disabled={providers.length === 0}
          onChange={() => set('customStrategy')}
          label="Capacity provider strategy: Use custom (Advanced)"
          description={providers.length === 0 ? 'Unavailable: the cluster has no capacity providers.' : undefined}
        />
        <Radio
          id="compute-launch-type"
          checked={value.computeOption === 'launchType'}
          onChange={() => set('launchType')}
          label="Launch type"
          description="Launch tasks directly without a capacity provider strategy."
        />
      </ChoiceGroup>
      {value.computeOption === 'customStrategy' && (
        <StrategyEditor
          providers={providers}
          initial={providers.includes('FARGATE') ? [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }] : []}
          error={strategyError}
        />
      )}
      {value.computeOption === 'launchType' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="launchType"
            name="launchType"
            label="Launch type"
            value={value.launchType}
            onChange={(e) => onChange({ ...value, launchType: e.target.value as LaunchTypeChoice })}
            options={LAUNCH_TYPES.map((lt) => ({
              value: lt,
              label: compat.includes(lt) ? lt : `${lt} (not supported by this task definition)`,
              disabled: !compat.includes(lt),
            }))}
            description={
              unsupported.length && td
                ? `${td.familyRevision} is compatible with ${compat.join(', ')} only, so ${unsupported.join(', ')} cannot be chosen.`
                : undefined
            }
          />
          {value.launchType === 'FARGATE' && (
            <SelectField
              id="platformVersion"
              name="platformVersion"
              label="Platform version"
              defaultValue="LATEST"
              options={['LATEST', '1.4.0', '1.3.0'].map((v) => ({ value: v, label: v }))}
            />
          )}
        </div>
      )}
    </div>
  );
}
