// The scheduler step of an Auto Scaling group capacity provider (`capacityprovider` documents): registers
// the group's instances once booted, places tasks waiting for its capacity, sizes the group (managed scaling,
// or the fixed desired capacity of its `ecs-local.asg-*` tags) and scales it in or out, and finishes a
// deletion. Scale-in removes booting and idle instances first; with managed termination protection an
// instance running tasks is never removed; without it, managed draining marks it DRAINING and stops its
// service tasks (their services replace them elsewhere) and removes it once it is empty. Differs from ECS: a
// removed busy instance without managed draining has its tasks stopped with TerminationNotice at once.
import { INSTANCE_TYPES } from '../../../ecs-rules/instance-types';
import { asgSettings } from '../../../ecs-rules/simulated-asg';
import { type OpContext, scaled } from '../../core/context';
import {
  type CapacityProviderDoc,
  isManagedScaling,
  type SimulatedAsg,
  type SimulatedInstance,
  saveCapacityProvider,
} from '../capacity-providers/model';
import type { ClusterDoc } from '../clusters/model';
import { type InstanceDoc, saveInstance } from '../container-instances/model';
import { placeWaitingTasks, waitingNeed, waitingTasks } from '../tasks/capacity-wait';
import { stopTask } from '../tasks/lifecycle';
import type { ResourceNeed, TaskDoc } from '../tasks/model';
import { desiredInstances } from './managed-scaling';
import { launchInstance, registerInstance, terminateInstance } from './simulated-group';

/** Scale-in waits this long of lower demand (ECS's target tracking scales in after 15 minutes). */
export const SCALE_IN_DELAY_MS = 15 * 60_000;
/** How often a group with waiting tasks or draining instances looks again; an idle one above its minimum, every minute. */
export const BUSY_LOOK_MS = 15_000;
export const IDLE_LOOK_MS = 60_000;

const LIVE = ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING'];

interface Member {
  instance: SimulatedInstance;
  doc?: InstanceDoc;
  /** Live tasks on it that are not a daemon's. */
  tasks: TaskDoc[];
}

export function scaleCapacityProvider(ctx: OpContext, name: string): void {
  const provider = ctx.store.get<CapacityProviderDoc>(ctx.region, 'capacityprovider', name);
  if (!provider) return;
  if (provider.updateStatus === 'DELETE_IN_PROGRESS') {
    provider.status = 'INACTIVE';
    provider.updateStatus = 'DELETE_COMPLETE';
    saveCapacityProvider(ctx, provider);
    return;
  }
  const asg = provider._asg;
  const clusterName = provider._cluster;
  const cluster = clusterName ? ctx.store.get<ClusterDoc>(ctx.region, 'cluster', clusterName) : undefined;
  if (!asg || !clusterName || cluster?.status !== 'ACTIVE') {
    ctx.store.setDue(ctx.region, 'capacityprovider', name, undefined);
    return;
  }
  Object.assign(asg, { ...asgSettings(provider.tags), desiredCapacity: asg.desiredCapacity, instances: asg.instances });
  for (const instance of asg.instances)
    if (!instance.containerInstanceId && instance.bootedAt <= ctx.now) registerInstance(ctx, clusterName, provider, instance);

  const members = readMembers(ctx, clusterName, asg);
  const active = members.filter((m) => m.doc?.status === 'ACTIVE').map((m) => m.doc as InstanceDoc);
  const waiting = waitingTasks(ctx, clusterName, name);
  const placed = placeWaitingTasks(ctx, clusterName, waiting, active);
  const stillWaiting = placed > 0 ? waitingTasks(ctx, clusterName, name) : waiting;

  const staying = members.filter((m) => m.doc?.status !== 'DRAINING');
  const needs = stillWaiting.map(waitingNeed).filter((need) => need !== undefined);
  // A group starts with its desired capacity, as an Auto Scaling group does; managed scaling sizes it after that.
  const fixed = Math.min(asg.maxSize, Math.max(asg.minSize, asgSettings(provider.tags).desiredCapacity));
  const managed = isManagedScaling(provider) ? managedDesired(ctx, provider, asg, staying, needs) : undefined;
  const desired = managed === undefined ? fixed : asg.started ? managed : Math.max(fixed, managed);
  asg.started = true;
  asg.desiredCapacity = desired;
  resize(ctx, provider, asg, staying, desired);
  for (const member of members)
    if (member.doc?.status === 'DRAINING' && member.tasks.length === 0) terminateInstance(ctx, asg, member.instance, member.doc);

  saveCapacityProvider(ctx, provider, nextLook(ctx, asg, isManagedScaling(provider), stillWaiting.length > 0, members));
}

function scalingSettings(provider: CapacityProviderDoc) {
  const scaling = provider.autoScalingGroupProvider?.managedScaling;
  return {
    targetCapacity: scaling?.targetCapacity ?? 100,
    minimumScalingStepSize: scaling?.minimumScalingStepSize ?? 1,
    maximumScalingStepSize: scaling?.maximumScalingStepSize ?? 10000,
  };
}

/** Managed scaling's size for the group; a smaller size only after SCALE_IN_DELAY_MS of lower demand. */
function managedDesired(
  ctx: OpContext,
  provider: CapacityProviderDoc,
  asg: SimulatedAsg,
  staying: Member[],
  waiting: ResourceNeed[],
): number {
  const type = INSTANCE_TYPES[asg.instanceType];
  const wanted = desiredInstances({
    current: staying.length,
    busy: staying.filter((m) => m.doc && m.tasks.length > 0).length,
    booting: staying.filter((m) => !m.doc).length,
    waiting,
    capacity: { cpu: type.vcpu * 1024, memory: type.memory },
    ...scalingSettings(provider),
    minSize: asg.minSize,
    maxSize: asg.maxSize,
  });
  if (wanted >= staying.length) {
    asg.lowSince = undefined;
    return wanted;
  }
  asg.lowSince ??= ctx.now;
  return ctx.now - asg.lowSince >= scaled(ctx, SCALE_IN_DELAY_MS) ? wanted : staying.length;
}

/** The group's instances with their container instance documents and the tasks (not a daemon's) on them. */
function readMembers(ctx: OpContext, cluster: string, asg: SimulatedAsg): Member[] {
  const docs = new Map(
    ctx.store
      .list<InstanceDoc>(ctx.region, 'instance', { parent: cluster, status: ['ACTIVE', 'DRAINING'] })
      .map((doc) => [doc.containerInstanceArn.slice(doc.containerInstanceArn.lastIndexOf('/') + 1), doc]),
  );
  // An instance deregistered from outside has left the group; the group replaces it as it sizes itself.
  asg.instances = asg.instances.filter((i) => !i.containerInstanceId || docs.has(i.containerInstanceId));
  const daemons = new Set(
    ctx.store
      .ids(ctx.region, 'service', { parent: cluster, key: 'DAEMON' })
      .map((id) => `service:${id.slice(id.indexOf('/') + 1)}`),
  );
  const tasksOn = new Map<string, TaskDoc[]>();
  for (const task of ctx.store.list<TaskDoc>(ctx.region, 'task', { parent: cluster, status: LIVE })) {
    if (!task.containerInstanceArn || daemons.has(task.group ?? '') || task.group?.startsWith('daemon:')) continue;
    tasksOn.set(task.containerInstanceArn, [...(tasksOn.get(task.containerInstanceArn) ?? []), task]);
  }
  return asg.instances.map((instance) => {
    const doc = instance.containerInstanceId ? docs.get(instance.containerInstanceId) : undefined;
    return { instance, doc, tasks: doc ? (tasksOn.get(doc.containerInstanceArn) ?? []) : [] };
  });
}

/** Launches or removes instances so that the staying ones number `desired`. */
function resize(ctx: OpContext, provider: CapacityProviderDoc, asg: SimulatedAsg, staying: Member[], desired: number): void {
  for (let n = staying.length; n < desired; n++) launchInstance(ctx, asg);
  let excess = staying.length - desired;
  if (excess <= 0) return;
  const protectedBusy = provider.autoScalingGroupProvider?.managedTerminationProtection === 'ENABLED';
  const newestFirst = (a: Member, b: Member) => b.instance.launchedAt - a.instance.launchedAt;
  const order = [
    ...staying.filter((m) => !m.doc).sort(newestFirst),
    ...staying.filter((m) => m.doc && m.tasks.length === 0).sort(newestFirst),
    ...(protectedBusy ? [] : staying.filter((m) => m.doc && m.tasks.length > 0).sort((a, b) => a.tasks.length - b.tasks.length)),
  ];
  for (const member of order) {
    if (excess-- <= 0) break;
    if (!member.doc || member.tasks.length === 0) terminateInstance(ctx, asg, member.instance, member.doc);
    else if (provider.autoScalingGroupProvider?.managedDraining !== 'DISABLED') drain(ctx, member);
    else {
      const id = member.doc.containerInstanceArn.slice(member.doc.containerInstanceArn.lastIndexOf('/') + 1);
      for (const task of member.tasks)
        stopTask(ctx, task, 'TerminationNotice', `Container instance ${id} was terminated by its Auto Scaling group.`);
      terminateInstance(ctx, asg, member.instance, member.doc);
    }
  }
}

/** Managed draining: no new tasks go to the instance, and its service tasks stop so their services replace them. */
function drain(ctx: OpContext, member: Member): void {
  const doc = member.doc as InstanceDoc;
  doc.status = 'DRAINING';
  saveInstance(ctx, doc);
  const id = doc.containerInstanceArn.slice(doc.containerInstanceArn.lastIndexOf('/') + 1);
  for (const task of member.tasks)
    if (task.group?.startsWith('service:'))
      stopTask(
        ctx,
        task,
        'ServiceSchedulerInitiated',
        `Container instance ${id} is draining: its Auto Scaling group is scaling in.`,
      );
}

/** When the group next needs a look: an instance finishing its boot, waiting tasks, draining, or a possible scale-in. */
function nextLook(
  ctx: OpContext,
  asg: SimulatedAsg,
  managed: boolean,
  tasksWait: boolean,
  members: Member[],
): number | undefined {
  const times: number[] = asg.instances.filter((i) => !i.containerInstanceId).map((i) => i.bootedAt);
  if (tasksWait || members.some((m) => m.doc?.status === 'DRAINING')) times.push(ctx.now + scaled(ctx, BUSY_LOOK_MS));
  if (asg.lowSince !== undefined) times.push(asg.lowSince + scaled(ctx, SCALE_IN_DELAY_MS));
  if (managed && asg.instances.length > asg.minSize) times.push(ctx.now + scaled(ctx, IDLE_LOOK_MS));
  return times.length > 0 ? Math.max(ctx.now + 1, Math.min(...times)) : undefined;
}
