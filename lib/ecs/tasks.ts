// Task reads for the console: every page of ListTasks (per desired status), DescribeTasks in parallel batches of 100.
import 'server-only';
import { DescribeTasksCommand, type DesiredStatus, ListTasksCommand } from '@aws-sdk/client-ecs';
import { cache } from 'react';
import { DESCRIBE_TASKS_MAX, LIST_MAX_RESULTS } from '../ecs-rules';
import { describeInBatches, listAll } from './batch';
import { ecsClient } from './client';
import { type DesiredStatusFilter, type TaskDetail, type TaskFilter, type TaskRow, toTaskDetail, toTaskRow } from './task-view';

export type { ContainerView, DesiredStatusFilter, TaskDetail, TaskFilter, TaskRow } from './task-view';

/** Parses `?desiredStatus=` from the URL; anything unknown means the console's default, Running. */
export function parseDesiredStatus(value: string | null | undefined): DesiredStatusFilter {
  return value === 'STOPPED' || value === 'ANY' ? value : 'RUNNING';
}

async function listTaskArns(cluster: string, desiredStatus: DesiredStatus, filter: TaskFilter): Promise<string[]> {
  const ecs = await ecsClient();
  return listAll(async (nextToken) => {
    const page = await ecs.send(
      new ListTasksCommand({
        cluster,
        desiredStatus,
        serviceName: filter.serviceName,
        family: filter.family,
        nextToken,
        maxResults: LIST_MAX_RESULTS,
      }),
    );
    return { items: page.taskArns, nextToken: page.nextToken };
  });
}

/** Tasks of a cluster, optionally of one service or family. ANY lists RUNNING and STOPPED in parallel. Newest first. */
export async function listTasks(cluster: string, filter: TaskFilter = {}): Promise<TaskRow[]> {
  const status = filter.desiredStatus ?? 'RUNNING';
  const statuses: DesiredStatus[] = status === 'ANY' ? ['RUNNING', 'STOPPED'] : [status];
  const [ecs, ...lists] = await Promise.all([ecsClient(), ...statuses.map((s) => listTaskArns(cluster, s, filter))]);
  const arns = [...new Set(lists.flat())];
  const tasks = await describeInBatches(arns, DESCRIBE_TASKS_MAX, async (batch) => {
    const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: batch }));
    return out.tasks ?? [];
  });
  return tasks.map(toTaskRow).sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

/** One task with its containers and tags; undefined when ECS does not know it (or has forgotten it). */
export const getTask = cache(async (cluster: string, id: string): Promise<TaskDetail | undefined> => {
  const ecs = await ecsClient();
  const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [id], include: ['TAGS'] }));
  const task = out.tasks?.[0];
  return task ? toTaskDetail(task) : undefined;
});
