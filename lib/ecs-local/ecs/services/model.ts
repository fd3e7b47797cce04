// The service document as the scheduler keeps it: the API Service shape plus private bookkeeping under `_`
// keys (never serialized), and the one place that writes it with its index columns.

import type {
  CapacityProviderStrategyItem,
  Deployment,
  NetworkConfiguration,
  Service,
  ServiceDeployment,
  Tag,
} from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { Kind } from '../../store/types';
import { arn } from '../common/arns';
import { serviceId } from '../common/documents';
import type { LifecycleStage } from './deployment-strategy';

export type ServiceDoc = Wire<Service> & {
  serviceName: string;
  serviceArn: string;
  clusterArn: string;
  status: string;
  tags: Tag[];
};

export type ServiceDeploymentDoc = Wire<ServiceDeployment> & { serviceDeploymentArn: string };

/** What a deployment runs: everything that, when changed, starts a new deployment. */
export interface DeploymentSpec {
  taskDefinition: string;
  launchType?: Wire<Deployment>['launchType'];
  capacityProviderStrategy?: Wire<CapacityProviderStrategyItem>[];
  platformVersion?: string;
  networkConfiguration?: Wire<NetworkConfiguration>;
}

export interface DeploymentState extends DeploymentSpec, Omit<Wire<Deployment>, keyof DeploymentSpec> {
  id: string;
  status: string;
  desiredCount: number;
  pendingCount: number;
  runningCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  /** The ServiceDeployment document this deployment reports to (a rollback reports to the one it rolls back). */
  _sdArn: string;
  /** Ids of stopped tasks already counted as failures, and of tasks already seen healthy. */
  _failedSeen?: string[];
  _healthySeen?: string[];
  /** The rollback this deployment performs: the deployment it restores. */
  _rollbackOf?: string;
  _unableNoted?: boolean;
  _deadlockNoted?: boolean;
  /** failedTasks and threshold as last written to the ServiceDeployment document. */
  _reported?: [number, number];
  /** A blue/green (LINEAR, CANARY) deployment's progress through the lifecycle stages (scheduler/blue-green.ts). */
  _bg?: BlueGreenProgress;
  /** StopServiceDeployment asked for this; the scheduler acts on it at its next look. */
  _stopRequested?: 'ROLLBACK' | 'ABORT';
}

/** One run of a lifecycle hook in the current stage. */
export interface HookRun {
  hookId: string;
  targetArn?: string;
  targetType: 'AWS_LAMBDA' | 'PAUSE';
  status: 'AWAITING_ACTION' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
  /** Epoch ms the hook times out, when it has a timeout. */
  expiresAt?: number;
  timeoutAction: 'ROLLBACK' | 'CONTINUE';
}

export interface BlueGreenProgress {
  stage: LifecycleStage;
  /** Whether the current stage's hooks have been started. */
  entered: boolean;
  hooks: HookRun[];
  /** Index into the production traffic steps (trafficSteps) reached so far. */
  weightIndex: number;
  /** Epoch ms a bake (after a traffic step, or BAKE_TIME) ends. */
  waitUntil?: number;
  /** The deployment whose tasks serve until the new revision takes over: where a rollback goes back to. */
  blue?: string;
}

export interface ServiceState extends ServiceDoc {
  deployments: DeploymentState[];
  desiredCount: number;
  schedulingStrategy: NonNullable<ServiceDoc['schedulingStrategy']>;
  /** The last deployment that completed: where the circuit breaker rolls back to. */
  _lastCompleted?: DeploymentSpec & { id: string };
  /** Epoch ms of the last "has reached a steady state." event. */
  _steadyAt?: number;
  /** Epoch ms before which a failed placement is not retried. */
  _retryAt?: number;
  _clientToken?: string;
  /** The Cloud Map namespace the service's Service Connect configuration uses (ListServicesByNamespace). */
  _namespace?: string;
  /**
   * A document of another service that watches this one (Application Auto Scaling's scalable target): DeleteService
   * makes it due now, so the watcher reacts without ECS importing it (as ELBv2 targets' `_notify` wake ECS).
   */
  _notify?: { kind: Kind; id: string };
}

export function serviceArn(ctx: OpContext, cluster: string, name: string): string {
  return arn(ctx, `service/${cluster}/${name}`);
}

export function clusterOf(service: ServiceDoc): string {
  return service.clusterArn.slice(service.clusterArn.indexOf(':cluster/') + ':cluster/'.length);
}

export function loadService(ctx: OpContext, cluster: string, name: string): ServiceState | undefined {
  return ctx.store.get<ServiceState>(ctx.region, 'service', serviceId(cluster, name));
}

/**
 * Writes the service with its index columns; `due` is when the reconciler should next look (undefined: never).
 * With `unchanged` (the document as read), an unchanged service only gets its due time updated.
 */
export function saveService(ctx: OpContext, service: ServiceState, due: number | undefined, unchanged?: string): void {
  const cluster = clusterOf(service);
  if (unchanged !== undefined && JSON.stringify(service) === unchanged) {
    ctx.store.setDue(ctx.region, 'service', serviceId(cluster, service.serviceName), due);
    return;
  }
  ctx.store.put(ctx.region, 'service', serviceId(cluster, service.serviceName), service, {
    parent: cluster,
    key: service.schedulingStrategy,
    ref: service.launchType ?? 'CAPACITY_PROVIDER',
    status: service.status,
    due,
  });
}

/**
 * A service name from a name or a service ARN (long `service/<cluster>/<name>` or legacy `service/<name>`).
 * An ARN of another region or account comes back unchanged, so it names no service here.
 */
export function serviceNameFrom(ctx: OpContext, identifier: string): string {
  const m = /^arn:aws[a-z-]*:ecs:([^:]*):([^:]*):service\/(.+)$/.exec(identifier);
  if (!m || m[1] !== ctx.region || m[2] !== ctx.account) return identifier;
  const parts = m[3].split('/');
  return parts[parts.length - 1];
}

/** Services whose tasks run in task sets (EXTERNAL or CODE_DEPLOY controller) rather than in rolling deployments. */
export function usesTaskSets(service: Pick<ServiceDoc, 'deploymentController'>): boolean {
  const type = service.deploymentController?.type;
  return type === 'EXTERNAL' || type === 'CODE_DEPLOY';
}

export function primary(service: ServiceState): DeploymentState | undefined {
  return service.deployments.find((d) => d.status === 'PRIMARY');
}

/**
 * A new desired count, as UpdateService applies it without a new deployment: the running deployment follows and a
 * failed placement is retried at once. The caller saves the service with `due` now, so the reconciler acts.
 */
export function applyDesiredCount(service: ServiceState, desiredCount: number): void {
  service.desiredCount = desiredCount;
  const current = primary(service);
  if (current && service.schedulingStrategy !== 'DAEMON') current.desiredCount = desiredCount;
  service._retryAt = undefined;
}

export function shortTaskId(taskArn: string): string {
  return taskArn.slice(taskArn.lastIndexOf('/') + 1);
}
