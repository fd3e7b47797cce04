// The EC2 instances of a simulated Auto Scaling group: launched (they boot for a while), registered as
// container instances of the provider's cluster with the instance type's resources and ECS's attributes, and
// terminated (deregistered). Everything goes through the engine's own container instance documents.
import crypto from 'node:crypto';
import { INSTANCE_TYPES } from '../../../ecs-rules/instance-types';
import { hexId, nowSeconds, type OpContext, scaled } from '../../core/context';
import type { CapacityProviderDoc, SimulatedAsg, SimulatedInstance } from '../capacity-providers/model';
import { wakeDaemonServices } from '../common/documents';
import { defaultResources, type InstanceDoc, instanceArn, saveInstance } from '../container-instances/model';

/** How long a launched instance boots before it registers (at time scale 1). */
export const BOOT_MS = 30_000;
/** The ECS-optimized AMI the simulated instances run. */
export const SIMULATED_AMI = 'ami-0ecslocal0000000';

export function launchInstance(ctx: OpContext, asg: SimulatedAsg): SimulatedInstance {
  const n = ctx.store.next(ctx.region, 'asg-instance');
  const instance: SimulatedInstance = {
    ec2InstanceId: `i-${crypto.randomBytes(9).toString('hex').slice(0, 17)}`,
    launchedAt: ctx.now,
    bootedAt: ctx.now + scaled(ctx, BOOT_MS),
    availabilityZone: `${ctx.region}${'abc'[n % 3]}`,
  };
  asg.instances.push(instance);
  return instance;
}

/** Registers a booted instance with the cluster, as the ECS agent on it would. */
export function registerInstance(
  ctx: OpContext,
  cluster: string,
  provider: CapacityProviderDoc,
  instance: SimulatedInstance,
): InstanceDoc {
  const asg = provider._asg as SimulatedAsg;
  const type = INSTANCE_TYPES[asg.instanceType];
  const id = hexId();
  const resources = defaultResources(type.vcpu * 1024, type.memory);
  const doc: InstanceDoc = {
    _cluster: cluster,
    containerInstanceArn: instanceArn(ctx, cluster, id),
    ec2InstanceId: instance.ec2InstanceId,
    capacityProviderName: provider.name,
    version: 1,
    versionInfo: { agentVersion: '1.89.0', agentHash: 'local', dockerVersion: 'DockerVersion: 25.0.8' },
    registeredResources: resources,
    remainingResources: resources,
    status: 'ACTIVE',
    agentConnected: true,
    attributes: [
      { name: 'ecs.os-type', value: 'linux' },
      { name: 'ecs.cpu-architecture', value: 'x86_64' },
      { name: 'ecs.instance-type', value: asg.instanceType },
      { name: 'ecs.availability-zone', value: instance.availabilityZone },
      { name: 'ecs.ami-id', value: SIMULATED_AMI },
      { name: 'ecs.capability.task-eni' },
    ],
    registeredAt: nowSeconds(ctx),
    attachments: [],
    tags: [],
  };
  saveInstance(ctx, doc);
  instance.containerInstanceId = id;
  wakeDaemonServices(ctx, cluster);
  return doc;
}

/** Removes an instance from the group; a registered one is deregistered (INACTIVE). */
export function terminateInstance(ctx: OpContext, asg: SimulatedAsg, instance: SimulatedInstance, doc?: InstanceDoc): void {
  asg.instances = asg.instances.filter((i) => i !== instance);
  if (!doc) return;
  doc.status = 'INACTIVE';
  doc.agentConnected = false;
  saveInstance(ctx, doc);
  wakeDaemonServices(ctx, doc._cluster);
}
