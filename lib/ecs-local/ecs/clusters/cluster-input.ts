// Checks and merges of cluster input shared by CreateCluster, UpdateCluster(Settings) and PutClusterCapacityProviders.
import type { CapacityProviderStrategyItem, ClusterConfiguration, ClusterSetting } from '@aws-sdk/client-ecs';
import { CONTAINER_INSIGHTS_VALUES, capacityProviderStrategyError, isFargateCapacityProvider } from '../../../ecs-rules';
import type { OpContext } from '../../core/context';
import { findCapacityProvider, saveCapacityProvider } from '../capacity-providers/model';
import { nameFromIdentifier } from '../common/arns';
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

/**
 * The providers named for a cluster (names or ARNs), as names: each must exist and be ACTIVE, and an Auto
 * Scaling group provider may be associated with this cluster only.
 */
export function checkCapacityProviders(ctx: OpContext, cluster: string, providers: readonly string[]): string[] {
  const unique = [...new Set(providers.map((p) => nameFromIdentifier(ctx, p, 'capacity-provider')))];
  for (const name of unique) {
    const doc = findCapacityProvider(ctx, name, true);
    if (!doc || doc.updateStatus === 'DELETE_IN_PROGRESS')
      throw invalidParameter(
        `The specified capacity provider ${name} was not found. Specify a valid capacity provider and try again.`,
      );
    if (doc._cluster && doc._cluster !== cluster)
      throw invalidParameter(
        `The capacity provider ${name} is already associated with cluster ${doc._cluster}. An Auto Scaling group capacity provider can be associated with one cluster only.`,
      );
  }
  return unique;
}

/** Records which cluster the Auto Scaling group providers belong to; newly associated groups launch their instances. */
export function associateCapacityProviders(
  ctx: OpContext,
  cluster: string,
  before: readonly string[],
  after: readonly string[],
): void {
  for (const name of new Set([...before, ...after])) {
    if (isFargateCapacityProvider(name)) continue;
    const doc = findCapacityProvider(ctx, name, true);
    if (!doc) continue;
    const associated = after.includes(name) ? cluster : undefined;
    if (doc._cluster === associated) continue;
    doc._cluster = associated;
    saveCapacityProvider(ctx, doc, associated ? ctx.now : undefined);
  }
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
