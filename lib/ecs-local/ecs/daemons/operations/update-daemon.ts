// UpdateDaemon: a new revision (task definition and settings) and a deployment that replaces the daemon's
// tasks instance by instance.
import type { UpdateDaemonRequest, UpdateDaemonResponse } from '@aws-sdk/client-ecs';
import { operation } from '../../../core/aws-service';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { EcsError, invalidParameter } from '../../common/errors';
import { checkDaemonSettings, daemonCapacityProviders } from '../daemon-input';
import { deployRevision } from '../deploy';
import { clusterOfDaemon, findDaemon, saveDaemon } from '../model';
import { findDaemonTaskDefinition } from '../task-definitions';
import { daemonChange } from '../view';

export const updateDaemon = operation<UpdateDaemonRequest, Wire<UpdateDaemonResponse>>((ctx, input) => {
  const daemon = findDaemon(ctx, input.daemonArn ?? '');
  if (daemon.status !== 'ACTIVE')
    throw new EcsError('DaemonNotActiveException', `The daemon ${daemon.daemonName} is ${daemon.status} and cannot be updated.`);
  const cluster = activeCluster(ctx, clusterOfDaemon(daemon));
  const td = findDaemonTaskDefinition(ctx, input.daemonTaskDefinitionArn ?? '');
  if (td.status !== 'ACTIVE')
    throw invalidParameter(`The daemon task definition ${td.family}:${td.revision} is ${td.status}; use an ACTIVE one.`);
  daemon.capacityProviders = daemonCapacityProviders(ctx, cluster, input.capacityProviderArns ?? []);
  daemon.deploymentConfiguration = { ...daemon.deploymentConfiguration, ...input.deploymentConfiguration };
  checkDaemonSettings(daemon.deploymentConfiguration);
  if (input.propagateTags !== undefined) daemon.propagateTags = input.propagateTags;
  if (input.enableECSManagedTags !== undefined) daemon.enableECSManagedTags = input.enableECSManagedTags;
  if (input.enableExecuteCommand !== undefined) daemon.enableExecuteCommand = input.enableExecuteCommand;
  deployRevision(ctx, daemon, td);
  saveDaemon(ctx, daemon, ctx.now);
  return daemonChange(daemon);
});
