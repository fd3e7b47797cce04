// Which streams a Logs tab reads: a task's awslogs containers, or every task of a service (running and recently
// stopped), from their task definitions (immutable, so described once) and DescribeTasks. Resolved targets are
// kept a few seconds, so a live tail polling every second costs Logs calls only.
import 'server-only';
import { DescribeTaskDefinitionCommand, DescribeTasksCommand, ListTasksCommand, type Task } from '@aws-sdk/client-ecs';
import { resourceName } from '../arn';
import { describeInBatches, listAll } from '../ecs/batch';
import { ecsClient, selectedRegion } from '../ecs/client';
import { DESCRIBE_TASKS_MAX, LIST_MAX_RESULTS } from '../ecs-rules';
import { type ContainerLogs, containerLogs, type LogStreamRef, streamOf } from './log-view';

export interface LogTarget {
  streams: LogStreamRef[];
  containers: ContainerLogs[];
}

const TARGET_TTL_MS = 5_000;
const targets = new Map<string, { at: number; value: Promise<LogTarget> }>();
const definitions = new Map<string, Promise<ContainerLogs[]>>();

async function containersOf(taskDefinition: string, region: string): Promise<ContainerLogs[]> {
  let found = definitions.get(`${region} ${taskDefinition}`);
  if (!found) {
    found = (async () => {
      const ecs = await ecsClient();
      const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
      return (out.taskDefinition?.containerDefinitions ?? []).map((d) => containerLogs(d, region));
    })();
    if (definitions.size > 500) definitions.clear();
    definitions.set(`${region} ${taskDefinition}`, found);
    found.catch(() => definitions.delete(`${region} ${taskDefinition}`));
  }
  return found;
}

function cached(key: string, make: () => Promise<LogTarget>): Promise<LogTarget> {
  const hit = targets.get(key);
  if (hit && Date.now() - hit.at < TARGET_TTL_MS) return hit.value;
  const value = make();
  if (targets.size > 200) targets.clear();
  targets.set(key, { at: Date.now(), value });
  value.catch(() => targets.delete(key));
  return value;
}

async function targetOf(
  tasks: readonly Pick<Task, 'taskArn' | 'taskDefinitionArn' | 'containers'>[],
  region: string,
  fallback?: string,
) {
  const definitionsUsed = [...new Set(tasks.map((t) => t.taskDefinitionArn ?? '').filter(Boolean))];
  if (definitionsUsed.length === 0 && fallback) definitionsUsed.push(fallback);
  const byDefinition = new Map(
    await Promise.all(definitionsUsed.map(async (td) => [td, await containersOf(td, region)] as const)),
  );
  const streams: LogStreamRef[] = [];
  for (const task of tasks) {
    const taskId = resourceName(task.taskArn ?? '');
    for (const logs of byDefinition.get(task.taskDefinitionArn ?? fallback ?? '') ?? []) {
      const runtimeId = task.containers?.find((c) => c.name === logs.container)?.runtimeId;
      const stream = streamOf(logs, taskId, runtimeId);
      if (stream && logs.awslogs) streams.push({ ...logs.awslogs, stream, taskId, container: logs.container });
    }
  }
  const containers = [...new Map([...byDefinition.values()].flat().map((c) => [c.container, c])).values()];
  return { streams, containers };
}

/**
 * One task's streams. ECS forgets stopped tasks after about an hour: with `taskDefinition` (family:revision, which
 * the console remembers for stopped tasks) the streams are still found from the task id.
 */
export function taskLogTarget(cluster: string, taskId: string, taskDefinition?: string): Promise<LogTarget> {
  return selectedRegion().then((region) =>
    cached(`${region} task ${cluster} ${taskId} ${taskDefinition ?? ''}`, async () => {
      const ecs = await ecsClient();
      const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskId] }));
      const task = out.tasks?.[0] ?? { taskArn: `task/${cluster}/${taskId}`, taskDefinitionArn: taskDefinition };
      return targetOf([task], region, taskDefinition);
    }),
  );
}

/** Every task of the service that ECS still knows (running and stopped), merged. */
export function serviceLogTarget(cluster: string, service: string): Promise<LogTarget> {
  return selectedRegion().then((region) =>
    cached(`${region} service ${cluster} ${service}`, async () => {
      const ecs = await ecsClient();
      const list = (desiredStatus: 'RUNNING' | 'STOPPED') =>
        listAll(async (nextToken) => {
          const page = await ecs.send(
            new ListTasksCommand({ cluster, serviceName: service, desiredStatus, nextToken, maxResults: LIST_MAX_RESULTS }),
          );
          return { items: page.taskArns, nextToken: page.nextToken };
        });
      const arns = [...new Set((await Promise.all([list('RUNNING'), list('STOPPED')])).flat())];
      const tasks = await describeInBatches(arns, DESCRIBE_TASKS_MAX, async (batch) => {
        const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: batch }));
        return out.tasks ?? [];
      });
      return targetOf(tasks, region);
    }),
  );
}
