// Checks shared by CreateDaemon and UpdateDaemon.
import type { DaemonDeploymentConfiguration } from '@aws-sdk/client-ecs';
import { isFargateCapacityProvider } from '../../../ecs-rules/capacity-providers';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { findCapacityProvider } from '../capacity-providers/model';
import type { ClusterDoc } from '../clusters/model';
import { nameFromIdentifier } from '../common/arns';
import { invalidParameter } from '../common/errors';

/** The daemon's capacity providers as names: at least one, each an Auto Scaling group provider of the cluster. */
export function daemonCapacityProviders(ctx: OpContext, cluster: ClusterDoc, identifiers: readonly string[]): string[] {
  if (identifiers.length === 0) throw invalidParameter('capacityProviderArns must name at least one capacity provider.');
  const names = [...new Set(identifiers.map((id) => nameFromIdentifier(ctx, id, 'capacity-provider')))];
  for (const name of names) {
    if (isFargateCapacityProvider(name))
      throw invalidParameter(`Daemons do not run on ${name}: name capacity providers with container instances.`);
    if (!findCapacityProvider(ctx, name, true) || !(cluster.capacityProviders ?? []).includes(name))
      throw invalidParameter(
        `The capacity provider ${name} is not associated with cluster ${cluster.clusterName}. Associate it with PutClusterCapacityProviders first.`,
      );
  }
  return names;
}

export function checkDaemonSettings(config: Wire<DaemonDeploymentConfiguration>): void {
  const bake = config.bakeTimeInMinutes ?? 0;
  if (bake < 0 || bake > 1440) throw invalidParameter(`bakeTimeInMinutes must be between 0 and 1440; got ${bake}.`);
}
