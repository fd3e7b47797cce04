'use server';
// Task mutations: run new task(s), stop selected tasks. Zod-validated; ECS refusals and RunTask placement
// failures come back as ActionState, never swallowed.
import { type ContainerOverride, RunTaskCommand, StopTaskCommand } from '@aws-sdk/client-ecs';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { resourceName } from '../arn';
import { ecsClient } from '../ecs/client';
import { setFlash } from '../flash';
import { paths } from '../paths';
import { parseCommand, parseEnvironment, runTaskSchema, stopTasksSchema } from '../schemas/task';
import { actionErrorFromEcs } from './ecs-error';
import { formDataToObject } from './form-data';
import { launchMembers } from './launch-members';
import { validatedAction } from './state';

export const runTask = validatedAction(
  runTaskSchema,
  async (data, formData) => {
    const values = formDataToObject(formData);
    const containerOverrides: ContainerOverride[] = data.overrides
      .map((o) => ({
        name: o.name,
        command: o.command.trim() ? parseCommand(o.command) : undefined,
        environment: o.environment.trim() ? parseEnvironment(o.environment) : undefined,
      }))
      .filter((o) => o.command || o.environment);
    let started: string[] = [];
    try {
      const ecs = await ecsClient();
      const out = await ecs.send(
        new RunTaskCommand({
          cluster: data.cluster,
          taskDefinition: data.taskDefinition,
          count: data.count,
          ...launchMembers(data),
          group: data.group || undefined,
          overrides: containerOverrides.length ? { containerOverrides } : undefined,
          tags: data.tags.length ? data.tags : undefined,
        }),
      );
      started = (out.tasks ?? []).map((t) => resourceName(t.taskArn) ?? '');
      const failures = out.failures ?? [];
      if (started.length === 0 && failures.length > 0)
        return {
          status: 'error',
          message: `No task could be placed: ${failures.map((f) => `${f.reason ?? 'unknown'}${f.detail ? ` (${f.detail})` : ''}`).join('; ')}`,
          values,
        };
    } catch (err) {
      return actionErrorFromEcs(err, values, 'runTask');
    }
    const count = started.length;
    await setFlash('success', `${count} ${count === 1 ? 'task has' : 'tasks have'} been started: ${started.join(', ')}.`);
    redirect(count === 1 ? paths.task(data.cluster, started[0]) : paths.clusterTab(data.cluster, 'tasks'));
  },
  { name: 'runTask', role: 'operator', resource: (d) => `tasks of ${d.taskDefinition} in cluster ${d.cluster}` },
);

/** StopTask for each selected task, in parallel. Partial failures are reported with the task ids. */
export const stopTasks = validatedAction(
  stopTasksSchema,
  async (data) => {
    const ecs = await ecsClient();
    const results = await Promise.allSettled(
      data.tasks.map((task) =>
        ecs.send(new StopTaskCommand({ cluster: data.cluster, task, reason: data.reason || 'Task stopped by the user' })),
      ),
    );
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ task: data.tasks[i], err: r.reason }] : []));
    if (failed.length > 0) {
      const first = actionErrorFromEcs(failed[0].err, data, 'stopTasks');
      const message = first.status === 'error' ? first.message : '';
      return { status: 'error', message: `Could not stop ${failed.map((f) => f.task).join(', ')}: ${message}`, values: data };
    }
    revalidatePath(paths.cluster(data.cluster), 'layout');
    const n = data.tasks.length;
    return { status: 'success', message: `${n === 1 ? `Task ${data.tasks[0]} is` : `${n} tasks are`} stopping.` };
  },
  { name: 'stopTasks', role: 'operator', resource: (d) => `task ${d.cluster}/${d.tasks.join(',')}` },
);
