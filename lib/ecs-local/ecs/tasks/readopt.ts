// The tasks the engine's own runtime should have containers for, as the runtime is asked about them after a
// restart (ContainerRuntime.inspect): every task between PENDING and STOPPING that no agent runs.
import type { OpContext } from '../../core/context';
import type { RuntimeTask } from '../../runtime/container-runtime';
import type { TaskRecord } from './model';
import { runtimeOf } from './task-runtime';
import { runtimeTask } from './transitions';

const WITH_CONTAINERS = ['PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING'];

export function engineRunTasks(ctx: OpContext): RuntimeTask[] {
  return ctx.store
    .list<TaskRecord>(ctx.region, 'task', { status: WITH_CONTAINERS })
    .filter((task) => task._plan && runtimeOf(ctx, task) === ctx.runtime)
    .map((task) => runtimeTask(ctx, task));
}
