// What an agent reports (SubmitTaskStateChange, SubmitContainerStateChange) as the RuntimeEvents the lifecycle
// already follows for a runtime: the engine treats an agent as a runtime that lives in another process.
import type { NetworkBinding } from '@aws-sdk/client-ecs';
import type { OpContext } from '../../core/context';
import type { Wire } from '../../protocol/serialize';
import type { RuntimeEvent, StartedContainer } from '../../runtime/container-runtime';
import { activeCluster } from '../clusters/model';
import { invalidParameter } from '../common/errors';
import { instanceIdOf } from '../container-instances/cluster-query';
import { type InstanceDoc, isAgentInstance } from '../container-instances/model';
import type { TaskRecord } from './model';
import { applyRuntimeReport } from './scheduler-step';
import { findTask } from './view';

/** The task an agent reports about, which must be on an instance an agent runs. */
export function agentTask(ctx: OpContext, clusterIdentifier: string | undefined, identifier: string | undefined): TaskRecord {
  const cluster = activeCluster(ctx, clusterIdentifier).clusterName;
  const task = findTask(ctx, cluster, identifier ?? '');
  if (!task) throw invalidParameter('The referenced task was not found.');
  const instance = task.containerInstanceArn
    ? ctx.store.get<InstanceDoc>(ctx.region, 'instance', instanceIdOf(task.containerInstanceArn))
    : undefined;
  if (!instance || !isAgentInstance(instance))
    throw invalidParameter(
      `Task ${task.taskArn} does not run on a container instance that an agent runs, so nothing reports its state but the engine.`,
    );
  return task;
}

export function containerOf(task: TaskRecord, name: string | undefined): string {
  if (!task.containers?.some((c) => c.name === name))
    throw invalidParameter(`Task ${task.taskArn} has no container named ${name ?? '(none)'}.`);
  return name ?? '';
}

export function bindings(list: Wire<NetworkBinding>[] | undefined): StartedContainer['networkBindings'] {
  if (!list) return undefined;
  return list.map((b) => ({
    bindIP: b.bindIP ?? '127.0.0.1',
    containerPort: b.containerPort ?? 0,
    hostPort: b.hostPort ?? 0,
    protocol: b.protocol === 'udp' ? 'udp' : 'tcp',
  }));
}

export function reportFromAgent(ctx: OpContext, task: TaskRecord, events: RuntimeEvent[]): { acknowledgment: string } {
  if (events.length > 0) applyRuntimeReport(ctx, task.taskArn, events);
  return { acknowledgment: 'ACK' };
}
