// Which runtime runs a task: the container agent of its instance when an agent runs it, else the engine's own
// (simulated or Docker). The lifecycle (transitions.ts) asks here instead of using ctx.runtime directly.
import type { OpContext } from '../../core/context';
import type { ContainerRuntime } from '../../runtime/container-runtime';
import { runtimeForInstance } from '../container-instances/agent-runtime';
import { instanceIdOf } from '../container-instances/cluster-query';
import type { InstanceDoc } from '../container-instances/model';
import type { TaskDoc } from './model';

export function runtimeOf(ctx: OpContext, task: Pick<TaskDoc, 'containerInstanceArn'>): ContainerRuntime {
  if (!task.containerInstanceArn) return ctx.runtime;
  return runtimeForInstance(ctx, ctx.store.get<InstanceDoc>(ctx.region, 'instance', instanceIdOf(task.containerInstanceArn)));
}
