// Task view models: the tasks table and the task page (overview, network, containers, tags).
import type { Container, Task } from '@aws-sdk/client-ecs';
import { familyRevision, resourceName } from '../arn';
import type { TagView } from './cluster-view';

/** Which tasks a tasks list shows: ListTasks' filters, with ANY for running and stopped together. */
export type TaskFilter = { desiredStatus?: 'RUNNING' | 'STOPPED' | 'ANY'; serviceName?: string; family?: string };
export type DesiredStatusFilter = NonNullable<TaskFilter['desiredStatus']>;

/** A container port published on the host, as DescribeTasks' networkBindings say. */
export interface PublishedPort {
  container: string;
  containerPort: number;
  protocol: string;
  bindIP: string;
  hostPort: number;
  /** A URL to open it: TCP ports on 127.0.0.1, which only a real runtime (Docker) publishes. */
  url?: string;
}

export interface TaskRow {
  id: string;
  arn: string;
  lastStatus: string;
  desiredStatus: string;
  taskDefinition: string;
  health: string;
  startedAt?: string;
  createdAt?: string;
  stoppedAt?: string;
  startedBy?: string;
  group?: string;
  launchType?: string;
  capacityProvider?: string;
  cpu?: string;
  memory?: string;
  stoppedReason?: string;
  /** The task's ENI address (awsvpc): what a load balancer's `ip` target names. */
  privateIp?: string;
  /** Published ports of the running containers (none once the task stops). */
  ports: PublishedPort[];
}

export interface ContainerView {
  name: string;
  image: string;
  imageDigest?: string;
  runtimeId?: string;
  lastStatus: string;
  exitCode?: number;
  reason?: string;
  health: string;
  cpu?: string;
  memory?: string;
  memoryReservation?: string;
  privateIp?: string;
  ports: PublishedPort[];
}

export interface TaskDetail extends TaskRow {
  clusterArn: string;
  stopCode?: string;
  stoppingAt?: string;
  pullStartedAt?: string;
  pullStoppedAt?: string;
  platformVersion?: string;
  platformFamily?: string;
  availabilityZone?: string;
  connectivity?: string;
  eni?: string;
  subnet?: string;
  privateIp?: string;
  containers: ContainerView[];
  tags: TagView[];
}

const HTTPS_PORTS = new Set([443, 8443]);

function publishedPorts(c: Container): PublishedPort[] {
  if (c.lastStatus !== 'RUNNING') return [];
  return (c.networkBindings ?? []).map((b) => {
    const port: PublishedPort = {
      container: c.name ?? '',
      containerPort: b.containerPort ?? 0,
      protocol: b.protocol ?? 'tcp',
      bindIP: b.bindIP ?? '',
      hostPort: b.hostPort ?? 0,
    };
    if (port.protocol === 'tcp' && port.bindIP === '127.0.0.1' && port.hostPort > 0)
      port.url = `${HTTPS_PORTS.has(port.containerPort) ? 'https' : 'http'}://127.0.0.1:${port.hostPort}/`;
    return port;
  });
}

function iso(date: Date | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}

export function toTaskRow(t: Task): TaskRow {
  return {
    id: resourceName(t.taskArn) ?? '',
    arn: t.taskArn ?? '',
    lastStatus: t.lastStatus ?? 'UNKNOWN',
    desiredStatus: t.desiredStatus ?? 'UNKNOWN',
    taskDefinition: familyRevision(t.taskDefinitionArn),
    health: t.healthStatus ?? 'UNKNOWN',
    startedAt: iso(t.startedAt),
    createdAt: iso(t.createdAt),
    stoppedAt: iso(t.stoppedAt),
    startedBy: t.startedBy,
    group: t.group,
    launchType: t.launchType,
    capacityProvider: t.capacityProviderName,
    cpu: t.cpu,
    memory: t.memory,
    stoppedReason: t.stoppedReason,
    privateIp: t.attachments?.[0]?.details?.find((d) => d.name === 'privateIPv4Address')?.value,
    ports: (t.containers ?? []).flatMap(publishedPorts),
  };
}

function toContainerView(c: Container): ContainerView {
  return {
    name: c.name ?? '',
    image: c.image ?? '',
    imageDigest: c.imageDigest,
    runtimeId: c.runtimeId,
    lastStatus: c.lastStatus ?? 'UNKNOWN',
    exitCode: c.exitCode,
    reason: c.reason,
    health: c.healthStatus ?? 'UNKNOWN',
    cpu: c.cpu,
    memory: c.memory,
    memoryReservation: c.memoryReservation,
    privateIp: c.networkInterfaces?.[0]?.privateIpv4Address,
    ports: publishedPorts(c),
  };
}

export function toTaskDetail(t: Task): TaskDetail {
  const eni = t.attachments?.find((a) => a.type === 'ElasticNetworkInterface');
  const detail = (name: string) => eni?.details?.find((d) => d.name === name)?.value;
  return {
    ...toTaskRow(t),
    clusterArn: t.clusterArn ?? '',
    stopCode: t.stopCode,
    stoppingAt: iso(t.stoppingAt),
    pullStartedAt: iso(t.pullStartedAt),
    pullStoppedAt: iso(t.pullStoppedAt),
    platformVersion: t.platformVersion,
    platformFamily: t.platformFamily,
    availabilityZone: t.availabilityZone,
    connectivity: t.connectivity,
    eni: detail('networkInterfaceId'),
    subnet: detail('subnetId'),
    privateIp: detail('privateIPv4Address') ?? t.containers?.[0]?.networkInterfaces?.[0]?.privateIpv4Address,
    containers: (t.containers ?? []).map(toContainerView),
    tags: (t.tags ?? []).map((tag) => ({ key: tag.key ?? '', value: tag.value ?? '' })),
  };
}
