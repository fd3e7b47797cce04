// CreateDaemon: a daemon running one task of its daemon task definition on every container instance of the
// given capacity providers of the cluster, rolled out by a first deployment. Differs from ECS: ECS supports
// only Amazon ECS Managed Instances capacity providers, which the engine does not simulate; its Auto Scaling
// group capacity providers are used instead. clientToken makes a repeated request answer the same daemon.
import type { CreateDaemonRequest, CreateDaemonResponse } from '@aws-sdk/client-ecs';
import { tagsError } from '../../../../ecs-rules/names';
import { operation } from '../../../core/aws-service';
import { nowSeconds } from '../../../core/context';
import type { Wire } from '../../../protocol/serialize';
import { activeCluster } from '../../clusters/model';
import { invalidParameter } from '../../common/errors';
import { checkDaemonSettings, daemonCapacityProviders } from '../daemon-input';
import { deployRevision } from '../deploy';
import { DAEMON_DEFAULTS, type DaemonDoc, daemonArn, saveDaemon } from '../model';
import { findDaemonTaskDefinition } from '../task-definitions';

export const createDaemon = operation<CreateDaemonRequest, Wire<CreateDaemonResponse>>((ctx, input) => {
  const cluster = activeCluster(ctx, input.clusterArn);
  const name = input.daemonName ?? '';
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(name))
    throw invalidParameter(
      'The daemon name can contain up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores.',
    );
  const existing = ctx.store.get<DaemonDoc>(ctx.region, 'daemon', `${cluster.clusterName}/${name}`);
  if (existing) {
    if (input.clientToken && existing._clientToken === input.clientToken)
      return {
        daemonArn: existing.daemonArn,
        deploymentArn: existing.deploymentArn,
        createdAt: existing.createdAt,
        status: existing.status,
      };
    throw invalidParameter(`A daemon named ${name} already exists in cluster ${cluster.clusterName}.`);
  }
  const td = findDaemonTaskDefinition(ctx, input.daemonTaskDefinitionArn ?? '');
  if (td.status !== 'ACTIVE')
    throw invalidParameter(`The daemon task definition ${td.family}:${td.revision} is ${td.status}; use an ACTIVE one.`);
  const tags = input.tags ?? [];
  const tagProblem = tagsError(tags);
  if (tagProblem) throw invalidParameter(tagProblem);
  const deploymentConfiguration = { ...DAEMON_DEFAULTS, ...input.deploymentConfiguration };
  checkDaemonSettings(deploymentConfiguration);
  const now = nowSeconds(ctx);
  const daemon: DaemonDoc = {
    daemonArn: daemonArn(ctx, cluster.clusterName, name),
    daemonName: name,
    clusterArn: cluster.clusterArn,
    status: 'ACTIVE',
    createdAt: now,
    updatedAt: now,
    deploymentArn: '',
    revisionArn: '',
    capacityProviders: daemonCapacityProviders(ctx, cluster, input.capacityProviderArns ?? []),
    deploymentConfiguration,
    propagateTags: input.propagateTags ?? 'NONE',
    enableECSManagedTags: input.enableECSManagedTags ?? false,
    enableExecuteCommand: input.enableExecuteCommand ?? false,
    tags,
    _clientToken: input.clientToken,
  };
  const deployment = deployRevision(ctx, daemon, td);
  saveDaemon(ctx, daemon, ctx.now);
  return { daemonArn: daemon.daemonArn, deploymentArn: deployment.daemonDeploymentArn, createdAt: now, status: 'ACTIVE' };
});
