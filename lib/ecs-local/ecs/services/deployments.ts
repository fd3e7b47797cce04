// Deployments inside a service (deployments[]) and the ServiceDeployment history documents that
// ListServiceDeployments / DescribeServiceDeployments read. Each deployment records its service revision
// (revisions.ts); a rollback goes back to the revision of the deployment it restores.
import crypto from 'node:crypto';
import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import { circuitBreakerThreshold } from '../../../ecs-rules/limits';
import { nowSeconds, type OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import { arn, deploymentId } from '../common/arns';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import { isBlueGreenStrategy } from './deployment-strategy';
import type { ServiceDeploymentDoc } from './model';
import { clusterOf, type DeploymentSpec, type DeploymentState, type ServiceState } from './model';
import { recordRevision } from './revisions';

export const FARGATE_LATEST = '1.4.0';

export function inProgressReason(id: string): string {
  return `ECS deployment ${id} in progress.`;
}

export function completedReason(id: string): string {
  return `ECS deployment ${id} completed.`;
}

export const CIRCUIT_BREAKER_REASON = 'ECS deployment circuit breaker: tasks failed to start.';

export function rollbackReason(targetId: string): string {
  return `ECS deployment circuit breaker: rolling back to deploymentId ${targetId}.`;
}

function randomSuffix(): string {
  return crypto.randomBytes(15).toString('base64url');
}

export function revisionArn(ctx: OpContext, service: ServiceState, id: string): string {
  return arn(ctx, `service-revision/${clusterOf(service)}/${service.serviceName}/${id.replace('ecs-svc/', '')}`);
}

export function platformFamilyOf(td: TaskDefinitionDoc | undefined): string {
  const os = td?.runtimePlatform?.operatingSystemFamily;
  return os && os !== 'LINUX' ? os : 'Linux';
}

/** A new PRIMARY deployment entry (counts zero) for the spec. The caller demotes the previous one. */
export function newDeployment(
  ctx: OpContext,
  spec: DeploymentSpec,
  desiredCount: number,
  td: TaskDefinitionDoc | undefined,
  sdArn: string,
  reason?: string,
): DeploymentState {
  const id = deploymentId();
  const now = nowSeconds(ctx);
  return {
    id,
    status: 'PRIMARY',
    taskDefinition: spec.taskDefinition,
    desiredCount,
    pendingCount: 0,
    runningCount: 0,
    failedTasks: 0,
    createdAt: now,
    updatedAt: now,
    launchType: spec.launchType,
    capacityProviderStrategy: spec.capacityProviderStrategy,
    platformVersion: fargateVersion(spec),
    platformFamily: platformFamilyOf(td),
    networkConfiguration: spec.networkConfiguration,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: reason ?? inProgressReason(id),
    _sdArn: sdArn,
  };
}

export function isFargate(spec: DeploymentSpec): boolean {
  return (
    spec.launchType === 'FARGATE' || (spec.capacityProviderStrategy ?? []).some((i) => i.capacityProvider?.startsWith('FARGATE'))
  );
}

function fargateVersion(spec: DeploymentSpec): string | undefined {
  if (!isFargate(spec)) return undefined;
  return !spec.platformVersion || spec.platformVersion === 'LATEST' ? FARGATE_LATEST : spec.platformVersion;
}

export function specOf(d: DeploymentSpec): DeploymentSpec {
  return {
    taskDefinition: d.taskDefinition,
    launchType: d.launchType,
    capacityProviderStrategy: d.capacityProviderStrategy,
    platformVersion: d.platformVersion,
    networkConfiguration: d.networkConfiguration,
  };
}

/** The ServiceDeployment ARN for a new deployment: `service-deployment/<cluster>/<service>/<random>`. */
export function newServiceDeploymentArn(ctx: OpContext, service: ServiceState): string {
  return arn(ctx, `service-deployment/${clusterOf(service)}/${service.serviceName}/${randomSuffix()}`);
}

/**
 * Starts a deployment: demotes the current PRIMARY to ACTIVE (stopping its in-progress ServiceDeployment),
 * pushes the new PRIMARY and records its ServiceDeployment document.
 */
export function startDeployment(
  ctx: OpContext,
  service: ServiceState,
  spec: DeploymentSpec,
  td: TaskDefinitionDoc | undefined,
): DeploymentState {
  const previous = service.deployments.filter((d) => d.status === 'PRIMARY' || d.status === 'ACTIVE');
  for (const d of previous) {
    if (d.status === 'PRIMARY' && d.rolloutState === 'IN_PROGRESS') {
      finishServiceDeployment(ctx, d._sdArn, 'STOPPED', 'Superseded by a newer service deployment.');
    }
    d.status = 'ACTIVE';
  }
  const sdArn = newServiceDeploymentArn(ctx, service);
  const deployment = newDeployment(ctx, spec, service.desiredCount, td, sdArn);
  recordRevision(ctx, service, deployment, td, revisionArn(ctx, service, deployment.id));
  if (isBlueGreenStrategy(service.deploymentConfiguration?.strategy))
    deployment._bg = {
      stage: 'RECONCILE_SERVICE',
      entered: false,
      hooks: [],
      weightIndex: 0,
      blue: previous.find((d) => d.rolloutState === 'COMPLETED')?.id ?? previous[0]?.id,
    };
  service.deployments = [deployment, ...previous];
  const now = nowSeconds(ctx);
  const doc: ServiceDeploymentDoc = {
    serviceDeploymentArn: sdArn,
    serviceArn: service.serviceArn,
    clusterArn: service.clusterArn,
    createdAt: now,
    startedAt: now,
    updatedAt: now,
    status: 'IN_PROGRESS',
    sourceServiceRevisions: previous.map((d) => ({
      arn: revisionArn(ctx, service, d.id),
      requestedTaskCount: d.desiredCount,
      runningTaskCount: d.runningCount,
      pendingTaskCount: d.pendingCount,
    })),
    targetServiceRevision: {
      arn: revisionArn(ctx, service, deployment.id),
      requestedTaskCount: service.desiredCount,
      runningTaskCount: 0,
      pendingTaskCount: 0,
    },
    deploymentConfiguration: service.deploymentConfiguration,
    deploymentCircuitBreaker: {
      status: service.deploymentConfiguration?.deploymentCircuitBreaker?.enable ? 'MONITORING' : 'DISABLED',
      failureCount: 0,
      threshold: circuitBreakerThreshold(service.desiredCount),
    },
  };
  putServiceDeployment(ctx, service, doc);
  return deployment;
}

export function putServiceDeployment(ctx: OpContext, service: ServiceState, doc: ServiceDeploymentDoc): void {
  ctx.store.put(ctx.region, 'deployment', doc.serviceDeploymentArn, doc, {
    parent: `${clusterOf(service)}/${service.serviceName}`,
    status: doc.status,
  });
}

export function getServiceDeployment(ctx: OpContext, sdArn: string): ServiceDeploymentDoc | undefined {
  return ctx.store.get<ServiceDeploymentDoc>(ctx.region, 'deployment', sdArn);
}

/** Applies a change to a ServiceDeployment document, keeping its index in step. */
export function updateServiceDeployment(
  ctx: OpContext,
  sdArn: string,
  change: (doc: ServiceDeploymentDoc) => void,
): ServiceDeploymentDoc | undefined {
  const doc = getServiceDeployment(ctx, sdArn);
  if (!doc) return undefined;
  change(doc);
  doc.updatedAt = nowSeconds(ctx);
  const parent = doc.serviceArn?.slice(doc.serviceArn.indexOf(':service/') + ':service/'.length);
  ctx.store.put(ctx.region, 'deployment', sdArn, doc, { parent, status: doc.status });
  return doc;
}

type SdStatus = NonNullable<Wire<ServiceDeployment>['status']>;

export function finishServiceDeployment(ctx: OpContext, sdArn: string, status: SdStatus, reason?: string): void {
  updateServiceDeployment(ctx, sdArn, (doc) => {
    doc.status = status;
    if (reason) doc.statusReason = reason;
    const now = nowSeconds(ctx);
    if (status === 'STOPPED') doc.stoppedAt = now;
    else doc.finishedAt = now;
    if (doc.deploymentCircuitBreaker && doc.deploymentCircuitBreaker.status === 'MONITORING')
      doc.deploymentCircuitBreaker.status = 'MONITORING_COMPLETE';
  });
}

/**
 * Starts a deployment back to `target` (the last completed one) in place of `failing`, which turns ACTIVE;
 * the rollback reports to `failing`'s service deployment, which turns ROLLBACK_IN_PROGRESS.
 */
export function rollBackTo(
  ctx: OpContext,
  service: ServiceState,
  failing: DeploymentState,
  target: DeploymentSpec & { id: string },
  td: TaskDefinitionDoc | undefined,
  statusReason: string,
): DeploymentState {
  const rollback = newDeployment(ctx, target, service.desiredCount, td, failing._sdArn, rollbackReason(target.id));
  rollback._rollbackOf = target.id;
  failing.status = 'ACTIVE';
  service.deployments = [rollback, ...service.deployments];
  markRollingBack(ctx, service, failing._sdArn, target, statusReason);
  return rollback;
}

/** The service returns to `target`'s revision, and the failing service deployment records the rollback. */
export function markRollingBack(
  ctx: OpContext,
  service: ServiceState,
  failingSdArn: string,
  target: DeploymentSpec & { id: string },
  statusReason: string,
): void {
  service.taskDefinition = target.taskDefinition;
  service.networkConfiguration = target.networkConfiguration;
  updateServiceDeployment(ctx, failingSdArn, (doc) => {
    doc.status = 'ROLLBACK_IN_PROGRESS';
    doc.statusReason = statusReason;
    doc.rollback = {
      reason: rollbackReason(target.id),
      startedAt: nowSeconds(ctx),
      serviceRevisionArn: revisionArn(ctx, service, target.id),
    };
  });
}
