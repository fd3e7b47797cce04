// Service view models: the services table, the service page (summary, health, deployments, events,
// configuration, tags) and the update form, reshaped once from the SDK's Service object.
import type { Deployment, Service } from '@aws-sdk/client-ecs';
import { familyRevision } from '../arn';
import type { StrategyItemView, TagView } from './cluster-view';
import { type RolloutFailureView, rolloutFailureOf } from './rollout-failure';

export type { RolloutFailureView } from './rollout-failure';

export interface ServiceRow {
  name: string;
  arn: string;
  status: string;
  serviceType: string;
  desired: number;
  running: number;
  pending: number;
  /** `family:revision` of the service's task definition. */
  taskDefinition: string;
  /** Rollout state of the PRIMARY deployment (IN_PROGRESS, COMPLETED, FAILED). */
  deploymentStatus?: string;
  /** "Last rollout failed — rolled back" until the next deployment. */
  rolloutFailure?: RolloutFailureView;
  launchType?: string;
  capacityProviders: string[];
  createdAt?: string;
}

export interface DeploymentView {
  id: string;
  status: string;
  taskDefinition: string;
  desired: number;
  running: number;
  pending: number;
  failedTasks: number;
  rolloutState?: string;
  rolloutStateReason?: string;
  createdAt?: string;
  updatedAt?: string;
  /** A failed deployment ECS no longer lists (its rollback completed), kept from the service deployment. */
  retained?: boolean;
}

export interface ServiceEventView {
  id: string;
  createdAt?: string;
  message: string;
}

export interface NetworkView {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: string;
}

export interface ServiceDetail extends ServiceRow {
  clusterArn: string;
  platformVersion?: string;
  strategy: StrategyItemView[];
  minimumHealthyPercent?: number;
  maximumPercent?: number;
  circuitBreaker: boolean;
  rollback: boolean;
  /** ROLLING, BLUE_GREEN, LINEAR or CANARY. */
  deploymentStrategy: string;
  bakeTimeInMinutes?: number;
  /** The ServiceDeployment of the newest deployment (StopServiceDeployment, ContinueServiceDeployment). */
  currentServiceDeployment?: string;
  healthCheckGracePeriodSeconds: number;
  network?: NetworkView;
  loadBalancers: { targetGroupArn?: string; loadBalancerName?: string; containerName?: string; containerPort?: number }[];
  propagateTags: string;
  enableECSManagedTags: boolean;
  deploymentController: string;
  createdBy?: string;
  deployments: DeploymentView[];
  /** Newest first. */
  events: ServiceEventView[];
  tags: TagView[];
}

function iso(date: Date | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}

function strategyOf(items: Service['capacityProviderStrategy']): StrategyItemView[] {
  return (items ?? []).map((s) => ({ capacityProvider: s.capacityProvider ?? '', base: s.base ?? 0, weight: s.weight ?? 0 }));
}

export function toDeploymentView(d: Deployment): DeploymentView {
  return {
    id: d.id ?? '',
    status: d.status ?? 'UNKNOWN',
    taskDefinition: familyRevision(d.taskDefinition),
    desired: d.desiredCount ?? 0,
    running: d.runningCount ?? 0,
    pending: d.pendingCount ?? 0,
    failedTasks: d.failedTasks ?? 0,
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  };
}

export function toServiceRow(s: Service): ServiceRow {
  const primary = s.deployments?.find((d) => d.status === 'PRIMARY');
  return {
    name: s.serviceName ?? '',
    arn: s.serviceArn ?? '',
    status: s.status ?? 'UNKNOWN',
    serviceType: s.schedulingStrategy ?? 'REPLICA',
    desired: s.desiredCount ?? 0,
    running: s.runningCount ?? 0,
    pending: s.pendingCount ?? 0,
    taskDefinition: familyRevision(s.taskDefinition),
    deploymentStatus: primary?.rolloutState,
    rolloutFailure: rolloutFailureOf(s),
    launchType: s.launchType,
    capacityProviders: (s.capacityProviderStrategy ?? []).map((c) => c.capacityProvider ?? ''),
    createdAt: iso(s.createdAt),
  };
}

export function toServiceDetail(s: Service): ServiceDetail {
  const config = s.deploymentConfiguration;
  const vpc = s.networkConfiguration?.awsvpcConfiguration;
  const events = (s.events ?? []).map((e) => ({ id: e.id ?? '', createdAt: iso(e.createdAt), message: e.message ?? '' }));
  return {
    ...toServiceRow(s),
    clusterArn: s.clusterArn ?? '',
    platformVersion: s.platformVersion,
    strategy: strategyOf(s.capacityProviderStrategy),
    minimumHealthyPercent: config?.minimumHealthyPercent,
    maximumPercent: config?.maximumPercent,
    circuitBreaker: config?.deploymentCircuitBreaker?.enable ?? false,
    rollback: config?.deploymentCircuitBreaker?.rollback ?? false,
    deploymentStrategy: config?.strategy ?? 'ROLLING',
    bakeTimeInMinutes: config?.bakeTimeInMinutes,
    currentServiceDeployment: s.currentServiceDeployment,
    healthCheckGracePeriodSeconds: s.healthCheckGracePeriodSeconds ?? 0,
    network: vpc
      ? { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp ?? 'DISABLED' }
      : undefined,
    loadBalancers: (s.loadBalancers ?? []).map((lb) => ({
      targetGroupArn: lb.targetGroupArn,
      loadBalancerName: lb.loadBalancerName,
      containerName: lb.containerName,
      containerPort: lb.containerPort,
    })),
    propagateTags: s.propagateTags ?? 'NONE',
    enableECSManagedTags: s.enableECSManagedTags ?? false,
    deploymentController: s.deploymentController?.type ?? 'ECS',
    createdBy: s.createdBy,
    deployments: (s.deployments ?? []).map(toDeploymentView),
    // ECS already returns events newest first; sort anyway so the table never depends on it.
    events: events.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '')),
    tags: (s.tags ?? []).map((t) => ({ key: t.key ?? '', value: t.value ?? '' })),
  };
}
