// Checks and merges of cluster input shared by CreateCluster, UpdateCluster(Settings) and PutClusterCapacityProviders.
import type { CapacityProviderStrategyItem, ClusterConfiguration, ClusterSetting } from '@aws-sdk/client-ecs';
import { CONTAINER_INSIGHTS_VALUES, capacityProviderStrategyError, isFargateCapacityProvider } from '../../../ecs-rules';
import { invalidParameter } from '../common/errors';

/** Checks `containerInsights` values and merges `changes` into `current` by setting name. */
export function mergeClusterSettings(current: readonly ClusterSetting[], changes: readonly ClusterSetting[]): ClusterSetting[] {
  const merged = new Map(current.map((s) => [s.name, s]));
  for (const setting of changes) {
    const value = setting.value ?? '';
    if (!(CONTAINER_INSIGHTS_VALUES as readonly string[]).includes(value))
      throw invalidParameter(
        `The value '${value}' is not valid for the containerInsights setting. Valid values: ${CONTAINER_INSIGHTS_VALUES.join(', ')}.`,
      );
    merged.set(setting.name ?? 'containerInsights', { name: setting.name ?? 'containerInsights', value });
  }
  return [...merged.values()];
}

/** Only the built-in Fargate providers exist in the local engine (no Auto Scaling groups to back others). */
export function checkCapacityProviders(providers: readonly string[]): string[] {
  const unique = [...new Set(providers)];
  for (const name of unique)
    if (!isFargateCapacityProvider(name))
      throw invalidParameter(
        `The specified capacity provider '${name}' does not exist. Specify FARGATE or FARGATE_SPOT (the only capacity providers of the local engine) and try again.`,
      );
  return unique;
}

export function checkStrategy(strategy: readonly CapacityProviderStrategyItem[], attached: readonly string[]): void {
  const problem = capacityProviderStrategyError(strategy, attached);
  if (problem) throw invalidParameter(problem);
}

/** Replaces a configuration's parts that the request names, keeping the others. */
export function mergeConfiguration(
  current: ClusterConfiguration | undefined,
  changes: ClusterConfiguration | undefined,
): ClusterConfiguration | undefined {
  if (!changes) return current;
  return { ...current, ...changes };
}
