// A new revision of a daemon and the deployment that rolls it out (CreateDaemon, UpdateDaemon). A deployment
// still in progress is superseded (STOPPED).
import crypto from 'node:crypto';
import { circuitBreakerThreshold } from '../../../ecs-rules/limits';
import { nowSeconds, type OpContext } from '../../core/context';
import { capacityProviderArn } from '../capacity-providers/model';
import { arn, deploymentId } from '../common/arns';
import {
  clusterOfDaemon,
  type DaemonDeploymentDoc,
  type DaemonDoc,
  type DaemonRevisionDoc,
  getDaemonDeployment,
  saveDaemonDeployment,
  saveDaemonRevision,
} from './model';
import type { DaemonTaskDefinitionDoc } from './task-definitions';

function digest(image: string | undefined): string {
  return `sha256:${crypto
    .createHash('sha256')
    .update(image ?? '')
    .digest('hex')}`;
}

/** Records the revision `td` makes for the daemon and starts its deployment; the daemon then points at both. */
export function deployRevision(ctx: OpContext, daemon: DaemonDoc, td: DaemonTaskDefinitionDoc): DaemonDeploymentDoc {
  const cluster = clusterOfDaemon(daemon);
  const now = nowSeconds(ctx);
  const revisionId = deploymentId().slice('ecs-svc/'.length);
  const revision: DaemonRevisionDoc = {
    daemonRevisionArn: arn(ctx, `daemon-revision/${cluster}/${daemon.daemonName}/${revisionId}`),
    clusterArn: daemon.clusterArn,
    daemonArn: daemon.daemonArn,
    daemonTaskDefinitionArn: td.daemonTaskDefinitionArn,
    containerImages: (td.containerDefinitions ?? []).map((c) => ({
      containerName: c.name,
      image: c.image,
      imageDigest: digest(c.image),
    })),
    createdAt: now,
    enableECSManagedTags: daemon.enableECSManagedTags,
    enableExecuteCommand: daemon.enableExecuteCommand,
    propagateTags: daemon.propagateTags as DaemonRevisionDoc['propagateTags'],
  };
  saveDaemonRevision(ctx, daemon, revision);
  const previous = daemon.deploymentArn ? getDaemonDeployment(ctx, daemon.deploymentArn) : undefined;
  if (previous && (previous.status === 'IN_PROGRESS' || previous.status === 'ROLLBACK_IN_PROGRESS')) {
    previous.status = 'STOPPED';
    previous.statusReason = 'Superseded by a newer daemon deployment.';
    previous.stoppedAt = now;
    saveDaemonDeployment(ctx, daemon, previous);
  }
  const providers = daemon.capacityProviders.map((name) => ({
    arn: capacityProviderArn(ctx, name),
    runningInstanceCount: 0,
    drainingInstanceCount: 0,
  }));
  const source = daemon.revisionArn || undefined;
  const deployment: DaemonDeploymentDoc = {
    daemonDeploymentArn: arn(
      ctx,
      `daemon-deployment/${cluster}/${daemon.daemonName}/${crypto.randomBytes(12).toString('base64url')}`,
    ),
    daemonArn: daemon.daemonArn,
    clusterArn: daemon.clusterArn,
    status: 'IN_PROGRESS',
    createdAt: now,
    startedAt: now,
    targetDaemonRevision: {
      arn: revision.daemonRevisionArn,
      capacityProviders: providers,
      totalRunningInstanceCount: 0,
      totalDrainingInstanceCount: 0,
    },
    sourceDaemonRevisions: source
      ? [{ arn: source, capacityProviders: providers, totalRunningInstanceCount: 0, totalDrainingInstanceCount: 0 }]
      : [],
    circuitBreaker: { status: 'MONITORING', failureCount: 0, threshold: circuitBreakerThreshold(0) },
    deploymentConfiguration: daemon.deploymentConfiguration,
    _source: source,
  };
  saveDaemonDeployment(ctx, daemon, deployment);
  daemon.revisionArn = revision.daemonRevisionArn;
  daemon.deploymentArn = deployment.daemonDeploymentArn;
  daemon.updatedAt = now;
  return deployment;
}
