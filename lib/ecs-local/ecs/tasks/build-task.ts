// A new task document in PROVISIONING, built from its task definition and launch parameters: containers,
// the awsvpc ENI attachment, host port bindings, resources, and the runtime's plan for it.
import crypto from 'node:crypto';
import type { Container, ContainerDefinition, NetworkConfiguration, Tag, TaskOverride } from '@aws-sdk/client-ecs';
import { parseCpu, parseMemory } from '../../../ecs-rules/fargate';
import { hexId, nowSeconds, type OpContext, uuid } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { ClusterDoc } from '../clusters/model';
import { arn } from '../common/arns';
import { runtimeForInstance } from '../container-instances/agent-runtime';
import type { InstanceDoc } from '../container-instances/model';
import type { TaskDefinitionDoc } from '../task-definitions/model';
import type { ResourceNeed, TaskRecord } from './model';

export interface TaskTarget {
  launchType: 'FARGATE' | 'EC2' | 'EXTERNAL';
  capacityProviderName?: string;
  platformVersion?: string;
  platformFamily?: string;
}

export interface BuildInput {
  cluster: ClusterDoc;
  taskDefinition: TaskDefinitionDoc;
  target: TaskTarget;
  networkConfiguration?: Wire<NetworkConfiguration>;
  overrides?: Wire<TaskOverride>;
  group: string;
  startedBy?: string;
  tags: Tag[];
  enableExecuteCommand?: boolean;
  instance?: InstanceDoc;
  need: ResourceNeed;
}

type ContainerDef = Wire<ContainerDefinition>;

function sha(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function overrideFor(overrides: Wire<TaskOverride> | undefined, name: string | undefined) {
  return overrides?.containerOverrides?.find((o) => o.name === name);
}

/** The resources a task reserves on a container instance: task-level values, else the containers' sums. */
export function resourceNeed(td: TaskDefinitionDoc, overrides: Wire<TaskOverride> | undefined): ResourceNeed {
  const defs = td.containerDefinitions ?? [];
  const taskCpu = parseCpu(overrides?.cpu ?? td.cpu ?? '');
  const taskMemory = parseMemory(overrides?.memory ?? td.memory ?? '');
  const sum = (pick: (d: ContainerDef) => number) => defs.reduce((total, d) => total + pick(d), 0);
  const cpu = taskCpu ?? sum((d) => overrideFor(overrides, d.name)?.cpu ?? d.cpu ?? 0);
  const memory =
    taskMemory ??
    sum((d) => {
      const o = overrideFor(overrides, d.name);
      return o?.memoryReservation ?? o?.memory ?? d.memoryReservation ?? d.memory ?? 0;
    });
  const ports: string[] = [];
  const portsUdp: string[] = [];
  const mode = td.networkMode ?? 'bridge';
  if (mode === 'bridge' || mode === 'host') {
    for (const mapping of defs.flatMap((d) => d.portMappings ?? [])) {
      const host = mode === 'host' ? mapping.containerPort : mapping.hostPort;
      if (!host) continue;
      (mapping.protocol === 'udp' ? portsUdp : ports).push(String(host));
    }
  }
  return { cpu, memory, ports, portsUdp };
}

function zoneFrom(ctx: OpContext, seed: string): string {
  return `${ctx.region}${'abc'[parseInt(sha(seed).slice(0, 8), 16) % 3]}`;
}

function dnsSuffix(region: string): string {
  return region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
}

function eni(ctx: OpContext, network: Wire<NetworkConfiguration> | undefined) {
  const n = ctx.store.next(ctx.region, 'task-eni');
  const subnets = network?.awsvpcConfiguration?.subnets ?? [];
  const subnetId = subnets[n % Math.max(1, subnets.length)] ?? 'subnet-local';
  const ip = `10.0.${Math.floor(n / 250) % 250}.${(n % 250) + 4}`;
  const bytes = sha(`eni${ctx.region}${n}`);
  const mac = `0e:${bytes.slice(0, 10).match(/../g)?.join(':')}`;
  return {
    attachment: {
      id: uuid(),
      type: 'ElasticNetworkInterface',
      status: 'PRECREATED',
      details: [
        { name: 'subnetId', value: subnetId },
        { name: 'networkInterfaceId', value: `eni-${bytes.slice(10, 27)}` },
        { name: 'macAddress', value: mac },
        { name: 'privateDnsName', value: `ip-${ip.replaceAll('.', '-')}.${dnsSuffix(ctx.region)}` },
        { name: 'privateIPv4Address', value: ip },
      ],
    },
    ip,
    subnetId,
  };
}

function mergeTags(...lists: Tag[][]): Tag[] {
  const byKey = new Map<string, Tag>();
  for (const tag of lists.flat()) byKey.set(tag.key ?? '', tag);
  return [...byKey.values()];
}

export { mergeTags };

export function buildTask(ctx: OpContext, input: BuildInput): TaskRecord {
  const { cluster, taskDefinition: td, target, overrides } = input;
  const id = hexId();
  const taskArn = arn(ctx, `task/${cluster.clusterName}/${id}`);
  const defs = td.containerDefinitions ?? [];
  const mode = td.networkMode ?? (target.launchType === 'FARGATE' ? 'awsvpc' : 'bridge');
  const network = mode === 'awsvpc' ? eni(ctx, input.networkConfiguration) : undefined;
  const fargate = target.launchType === 'FARGATE';
  const instanceId = input.instance?.containerInstanceArn;
  const zone =
    input.instance?.attributes?.find((a) => a.name === 'ecs.availability-zone')?.value ??
    zoneFrom(ctx, network?.subnetId ?? instanceId ?? id);

  const containers = defs.map((def): Wire<Container> => {
    const o = overrideFor(overrides, def.name);
    const memory = o?.memory ?? def.memory;
    const reservation = o?.memoryReservation ?? def.memoryReservation;
    const bindings =
      mode === 'bridge' || mode === 'host'
        ? (def.portMappings ?? []).map((m) => ({
            bindIP: '0.0.0.0',
            containerPort: m.containerPort,
            hostPort: mode === 'host' ? m.containerPort : m.hostPort || 49152 + (ctx.store.next(ctx.region, 'task-port') % 16000),
            protocol: m.protocol ?? 'tcp',
          }))
        : undefined;
    return {
      containerArn: arn(ctx, `container/${cluster.clusterName}/${id}/${uuid()}`),
      taskArn,
      name: def.name,
      image: def.image,
      imageDigest: `sha256:${sha(def.image ?? '')}`,
      lastStatus: 'PENDING',
      networkBindings: bindings,
      networkInterfaces: network ? [{ attachmentId: network.attachment.id, privateIpv4Address: network.ip }] : undefined,
      healthStatus: 'UNKNOWN',
      cpu: String(o?.cpu ?? def.cpu ?? 0),
      memory: memory === undefined ? undefined : String(memory),
      memoryReservation: reservation === undefined ? undefined : String(reservation),
    };
  });

  const taskCpu = overrides?.cpu ?? td.cpu;
  const taskMemory = overrides?.memory ?? td.memory;
  const storage = fargate
    ? { sizeInGiB: overrides?.ephemeralStorage?.sizeInGiB ?? td.ephemeralStorage?.sizeInGiB ?? 20 }
    : undefined;
  const now = nowSeconds(ctx);
  return {
    taskArn,
    clusterArn: cluster.clusterArn,
    taskDefinitionArn: td.taskDefinitionArn,
    containerInstanceArn: instanceId,
    overrides: {
      ...overrides,
      containerOverrides: defs.map((def) => ({ ...overrideFor(overrides, def.name), name: def.name })),
      inferenceAcceleratorOverrides: [],
    },
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    cpu: taskCpu ?? String(input.need.cpu),
    memory: taskMemory ?? String(input.need.memory),
    containers,
    version: 1,
    createdAt: now,
    group: input.group,
    startedBy: input.startedBy,
    launchType: target.launchType,
    capacityProviderName: target.capacityProviderName,
    platformVersion: target.platformVersion,
    platformFamily: target.platformFamily,
    availabilityZone: zone,
    attachments: network ? [network.attachment] : [],
    attributes: [{ name: 'ecs.cpu-architecture', value: td.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64' }],
    healthStatus: 'UNKNOWN',
    enableExecuteCommand: input.enableExecuteCommand ?? false,
    ephemeralStorage: storage,
    fargateEphemeralStorage: storage,
    tags: input.tags,
    _plan: runtimeForInstance(ctx, input.instance).plan(td),
  };
}
